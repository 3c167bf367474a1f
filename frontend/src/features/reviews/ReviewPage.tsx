// TODO(scaffold): replaced by the feature's page
export default function ReviewPage() {
  return <div>ReviewPage</div>;
}
