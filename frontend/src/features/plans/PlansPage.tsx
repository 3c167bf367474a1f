// TODO(scaffold): replaced by the feature's page
export default function PlansPage() {
  return <div>PlansPage</div>;
}
