// TODO(scaffold): replaced by the feature's page
export default function AttainmentPage() {
  return <div>AttainmentPage</div>;
}
