// TODO(scaffold): replaced by the feature's page
export default function OrgUnitsPage() {
  return <div>OrgUnitsPage</div>;
}
