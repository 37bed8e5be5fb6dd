import type { Metadata } from 'next';
import { StaffShell } from '@/features/auth/components/StaffShell';
import { JobTicket } from '@/features/jobs/components/ticket/JobTicket';

export const metadata: Metadata = { title: 'Job ticket', robots: { index: false } };

export default async function JobTicketPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <StaffShell>
      <JobTicket jobId={id} />
    </StaffShell>
  );
}
