import type { AuditActionName, StorageAuditReport, StorageBrokenLink } from './api/files-audit';

/** What the files audit page says and offers, kept apart from the page to test it plainly. */

export type AuditIssue = StorageBrokenLink['issues'][number];

export const ISSUE_TEXT: Record<AuditIssue, string> = {
  file_missing: 'The job’s file is missing from storage',
  metadata_missing: 'Its metadata.json is missing',
  original_missing: 'The student’s original upload is missing',
  dir_status_mismatch: 'The file is not in its status folder',
  metadata_mismatch: 'Its metadata.json disagrees with the records',
};

/** A planned safe action: what it is called on its button and what the confirmation says will happen. */
export interface PlannedAction {
  action: AuditActionName;
  path?: string;
  jobId?: string;
  button: string;
  /** The confirmation's title. */
  title: string;
  /** What will happen, in one or two sentences. */
  effect: string;
  danger: boolean;
}

export function deleteOrphan(path: string): PlannedAction {
  return {
    action: 'delete_orphan',
    path,
    button: 'Delete',
    title: 'Delete this orphaned file?',
    effect: `${path} is deleted from storage for good. No job’s records name it; nothing else changes.`,
    danger: true,
  };
}

export function deleteStale(path: string, jobPath: string): PlannedAction {
  return {
    action: 'delete_stale',
    path,
    button: 'Delete stale copy',
    title: 'Delete this stale copy?',
    effect: `${path} is deleted from storage for good. The job keeps its file at ${jobPath}.`,
    danger: true,
  };
}

/** The repairs a broken job offers: rewrite its metadata, move its file into its status folder. */
export function repairsFor(link: StorageBrokenLink, shortName = link.job_id): PlannedAction[] {
  const found: PlannedAction[] = [];
  if (link.issues.includes('metadata_missing') || link.issues.includes('metadata_mismatch')) {
    found.push({
      action: 'repair_metadata',
      jobId: link.job_id,
      button: 'Rewrite metadata',
      title: 'Rewrite this job’s metadata?',
      effect: `The metadata.json of job ${shortName} is written again from the records (status ${link.status}). The model file is not touched.`,
      danger: false,
    });
  }
  if (link.issues.includes('dir_status_mismatch') && !link.issues.includes('file_missing')) {
    found.push({
      action: 'repair_location',
      jobId: link.job_id,
      button: 'Move into place',
      title: 'Move this job’s file into its status folder?',
      effect: `The file of job ${shortName} (${link.relative_path}) is moved into the ${link.status} folder, copied first and then cleaned up, like every move.`,
      danger: false,
    });
  }
  return found;
}

/** How many findings the report has (what the page's summary counts). */
export function findingsCount(report: StorageAuditReport): number {
  return report.orphaned_files.length + report.stale_files.length + report.broken_links.length;
}

/** What the result of an action says. */
export function outcomeText(action: AuditActionName, outcome: string, target: string): string {
  const verb: Record<AuditActionName, string> = {
    delete_orphan: 'Deleted',
    delete_stale: 'Deleted',
    repair_metadata: 'Rewrote the metadata of',
    repair_location: 'Moved the file of',
  };
  return `${verb[action]} ${target} (${outcome}).`;
}
