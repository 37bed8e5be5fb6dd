import type { Metadata } from 'next';
import { Suspense } from 'react';
import { StaffShell } from '@/features/auth/components/StaffShell';
import { JobBoard } from '@/features/jobs/components/JobBoard';
import { ActingStaffPicker } from '@/features/staff/components/ActingStaffPicker';

export const metadata: Metadata = { title: 'Dashboard' };

export default function DashboardPage() {
  return (
    <StaffShell toolbar={<ActingStaffPicker />}>
      {/* The board reads its tab and filters from the address bar (useSearchParams). */}
      <Suspense>
        <JobBoard />
      </Suspense>
    </StaffShell>
  );
}
