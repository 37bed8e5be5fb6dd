import type { Metadata } from 'next';
import { Suspense } from 'react';
import { StaffShell } from '@/features/auth/components/StaffShell';
import { AnalyticsDashboard } from '@/features/analytics/components/AnalyticsDashboard';

export const metadata: Metadata = { title: 'Analytics' };

export default function AnalyticsPage() {
  return (
    <StaffShell>
      {/* The reports read their filters from the address bar (useSearchParams). */}
      <Suspense>
        <AnalyticsDashboard />
      </Suspense>
    </StaffShell>
  );
}
