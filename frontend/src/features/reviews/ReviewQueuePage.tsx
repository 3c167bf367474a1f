// TODO(scaffold): replaced by the feature's page
export default function ReviewQueuePage() {
  return <div>ReviewQueuePage</div>;
}
