// TODO(scaffold): replaced by the feature's page
export default function MyUnitPage() {
  return <div>MyUnitPage</div>;
}
