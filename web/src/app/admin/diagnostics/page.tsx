import type { Metadata } from 'next';
import { DiagnosticsAdmin } from '@/features/diagnostics/components/DiagnosticsAdmin';

export const metadata: Metadata = { title: 'Diagnostics' };

export default function AdminDiagnosticsPage() {
  return <DiagnosticsAdmin />;
}
