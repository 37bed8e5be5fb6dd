import type { Metadata } from 'next';
import { PublicPage } from '@/components/PublicPage';
import { SubmissionSuccess } from '@/features/submissions/components/SubmissionSuccess';

export const metadata: Metadata = { title: 'Request received' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SubmitSuccessPage({ searchParams }: { searchParams: SearchParams }) {
  const { job } = await searchParams;
  const jobId = typeof job === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(job) ? job : null;
  return (
    <PublicPage>
      <SubmissionSuccess jobId={jobId} />
    </PublicPage>
  );
}
