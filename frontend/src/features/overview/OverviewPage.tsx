// TODO(scaffold): replaced by the feature's page
export default function OverviewPage() {
  return <div>OverviewPage</div>;
}
