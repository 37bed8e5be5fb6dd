import type { Metadata } from 'next';
import { RetentionAdmin } from '@/features/retention/components/RetentionAdmin';

export const metadata: Metadata = { title: 'Retention' };

export default function AdminRetentionPage() {
  return <RetentionAdmin />;
}
