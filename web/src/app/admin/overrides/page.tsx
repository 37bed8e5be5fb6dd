import type { Metadata } from 'next';
import { OverridesAdmin } from '@/features/overrides/components/OverridesAdmin';

export const metadata: Metadata = { title: 'Overrides' };

export default function AdminOverridesPage() {
  return <OverridesAdmin />;
}
