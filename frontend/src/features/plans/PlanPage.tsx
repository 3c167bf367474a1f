// TODO(scaffold): replaced by the feature's page
export default function PlanPage() {
  return <div>PlanPage</div>;
}
