/** The lab's conditions, shown above the form (SPEC §2.1), in the catalog's words. */
export function SubmissionDisclaimer({ points, labName }: { points: string[]; labName: string }) {
  if (points.length === 0) return null;
  return (
    <section
      aria-labelledby="disclaimer-heading"
      className="rounded-xl border border-amber-300 bg-amber-50 p-5 text-amber-950"
      data-testid="disclaimer"
    >
      <h2 id="disclaimer-heading" className="font-semibold">
        Please read before you submit
      </h2>
      <p className="mt-1 text-sm">By sending a print request to the {labName} you agree that:</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
