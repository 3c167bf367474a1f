// TODO(scaffold): replaced by the feature's page
export default function ApiTokensPage() {
  return <div>ApiTokensPage</div>;
}
