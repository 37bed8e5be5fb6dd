import type { Metadata } from 'next';
import { PublicPage } from '@/components/PublicPage';
import { SubmissionSuccess } from '@/features/submissions/components/SubmissionSuccess';
import { isTrackingPath } from '@/features/submissions/tracking-link';

export const metadata: Metadata = { title: 'Request received' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SubmitSuccessPage({ searchParams }: { searchParams: SearchParams }) {
  const { job, track } = await searchParams;
  const jobId = typeof job === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(job) ? job : null;
  // Only our own tracking page: never another site or another page of this one.
  const trackingPath = isTrackingPath(track) ? track : null;
  return (
    <PublicPage>
      <SubmissionSuccess jobId={jobId} trackingPath={trackingPath} />
    </PublicPage>
  );
}
