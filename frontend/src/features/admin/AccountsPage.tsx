// TODO(scaffold): replaced by the feature's page
export default function AccountsPage() {
  return <div>AccountsPage</div>;
}
