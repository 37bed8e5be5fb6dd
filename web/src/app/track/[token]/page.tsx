import type { Metadata } from 'next';
import { PublicPage } from '@/components/PublicPage';
import { TrackScreen } from './track-screen';

// The token in the address is the key to the page: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: 'Your print', robots: { index: false }, referrer: 'no-referrer' };

export default async function TrackPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <PublicPage>
      <TrackScreen token={token} />
    </PublicPage>
  );
}
