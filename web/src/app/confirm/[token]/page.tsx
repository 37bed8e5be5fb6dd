import type { Metadata } from 'next';
import { PublicPage } from '@/components/PublicPage';
import { ConfirmScreen } from './confirm-screen';

// The token in the address is the key to the quote: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: 'Confirm your print', robots: { index: false }, referrer: 'no-referrer' };

export default async function ConfirmPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <PublicPage>
      <ConfirmScreen token={token} />
    </PublicPage>
  );
}
