import type { Metadata } from 'next';
import { StaffRosterAdmin } from '@/features/staff/components/StaffRosterAdmin';

export const metadata: Metadata = { title: 'Staff' };

export default function AdminStaffPage() {
  return <StaffRosterAdmin />;
}
