import type { Metadata } from 'next';
import { StaffShell } from '@/features/auth/components/StaffShell';
import { JobBoard } from '@/features/jobs/components/JobBoard';
import { ActingStaffPicker } from '@/features/staff/components/ActingStaffPicker';

export const metadata: Metadata = { title: 'Dashboard' };

export default function DashboardPage() {
  return (
    <StaffShell toolbar={<ActingStaffPicker />}>
      <JobBoard />
    </StaffShell>
  );
}
