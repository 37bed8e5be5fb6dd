import type { Metadata } from 'next';
import { EmailLogAdmin } from '@/features/notifications/components/EmailLogAdmin';

export const metadata: Metadata = { title: 'E-mail log' };

export default function AdminEmailPage() {
  return <EmailLogAdmin />;
}
