import type { Metadata } from 'next';
import { FilesAudit } from '@/features/files-audit/components/FilesAudit';

export const metadata: Metadata = { title: 'Files audit' };

export default function AdminFilesPage() {
  return <FilesAudit />;
}
