import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AdminFrame } from '@/features/admin/components/AdminFrame';
import { StaffShell } from '@/features/auth/components/StaffShell';
import { ActingStaffPicker } from '@/features/staff/components/ActingStaffPicker';

export const metadata: Metadata = { title: { default: 'Admin', template: '%s · Admin · PrintDesk' } };

// Pages that only show things: no action is taken there, so nobody needs choosing.
const READ_ONLY_PAGES = ['/admin/diagnostics'];

export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <StaffShell toolbar={<ActingStaffPicker />} toolbarHiddenOn={READ_ONLY_PAGES}>
      <AdminFrame>{children}</AdminFrame>
    </StaffShell>
  );
}
