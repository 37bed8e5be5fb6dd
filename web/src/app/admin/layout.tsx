import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AdminFrame } from '@/features/admin/components/AdminFrame';
import { StaffShell } from '@/features/auth/components/StaffShell';
import { ActingStaffPicker } from '@/features/staff/components/ActingStaffPicker';

export const metadata: Metadata = { title: { default: 'Admin', template: '%s · Admin · PrintDesk' } };

export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <StaffShell toolbar={<ActingStaffPicker />}>
      <AdminFrame>{children}</AdminFrame>
    </StaffShell>
  );
}
