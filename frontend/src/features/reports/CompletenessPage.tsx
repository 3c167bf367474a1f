// TODO(scaffold): replaced by the feature's page
export default function CompletenessPage() {
  return <div>CompletenessPage</div>;
}
