import type { Metadata } from 'next';
import { StaffShell } from '@/features/auth/components/StaffShell';
import { JobBoard } from '@/features/jobs/components/JobBoard';

export const metadata: Metadata = { title: 'Dashboard' };

export default function DashboardPage() {
  return (
    <StaffShell>
      <JobBoard />
    </StaffShell>
  );
}
