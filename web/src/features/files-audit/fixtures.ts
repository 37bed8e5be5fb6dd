import type { StorageAuditReport } from './api/files-audit';

/** A storage audit with one finding of each kind, for tests and the mocked visual check. */
export function reportWithFindings(overrides: Partial<StorageAuditReport> = {}): StorageAuditReport {
  return {
    generated_at: '2026-11-25T22:00:00Z',
    clean: false,
    files_scanned: 128,
    orphaned_files: ['UPLOADED/old-upload-without-record.stl'],
    stale_files: [{ path: 'UPLOADED/AdaLovelace_Filament_Blue_a1b2c3.stl', job_id: 'a'.repeat(32), job_path: 'READYTOPRINT/AdaLovelace_Filament_Blue_a1b2c3.stl' }],
    broken_links: [
      {
        job_id: 'b'.repeat(32),
        status: 'PRINTING',
        relative_path: 'READYTOPRINT/GraceHopper_Resin_Black_k3m9pq.stl',
        issues: ['dir_status_mismatch', 'metadata_mismatch'],
      },
      { job_id: 'c'.repeat(32), status: 'PENDING', relative_path: 'PENDING/AlanTuring_Filament_Red_z9y8x7.stl', issues: ['file_missing'] },
    ],
    pending_moves: [
      {
        id: '11111111-2222-3333-4444-555555555555',
        job_id: 'd'.repeat(32),
        reason: 'status change',
        phase: 'copying',
        target_status: 'COMPLETED',
        created_at: '2026-11-25T21:58:00Z',
      },
    ],
    ...overrides,
  };
}

export const CLEAN_REPORT: StorageAuditReport = {
  generated_at: '2026-11-25T22:00:00Z',
  clean: true,
  files_scanned: 12,
  orphaned_files: [],
  stale_files: [],
  broken_links: [],
  pending_moves: [],
};
