import type { Metadata } from 'next';
import { WorkstationsAdmin } from '@/features/workstations/components/WorkstationsAdmin';

export const metadata: Metadata = { title: 'Workstations' };

export default function AdminWorkstationsPage() {
  return <WorkstationsAdmin />;
}
