// TODO(scaffold): replaced by the feature's page
export default function SubmissionEditPage() {
  return <div>SubmissionEditPage</div>;
}
