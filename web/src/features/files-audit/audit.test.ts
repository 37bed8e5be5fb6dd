import { describe, expect, it } from 'vitest';
import { deleteOrphan, deleteStale, findingsCount, outcomeText, repairsFor } from './audit';
import { CLEAN_REPORT, reportWithFindings } from './fixtures';

describe('files audit', () => {
  it('offers the repairs that fit each broken job, and none for a missing file', () => {
    const [misplaced, missing] = reportWithFindings().broken_links;
    expect(repairsFor(misplaced!).map((r) => [r.action, r.jobId])).toEqual([
      ['repair_metadata', 'b'.repeat(32)],
      ['repair_location', 'b'.repeat(32)],
    ]);
    expect(repairsFor(misplaced!)[1]!.effect).toMatch(/moved into the PRINTING folder/);
    expect(repairsFor(missing!)).toEqual([]);
    expect(repairsFor({ ...missing!, issues: ['file_missing', 'dir_status_mismatch'] })).toEqual([]);
  });

  it('names the file a delete removes and what stays', () => {
    expect(deleteOrphan('UPLOADED/x.stl')).toMatchObject({ action: 'delete_orphan', path: 'UPLOADED/x.stl', danger: true });
    expect(deleteStale('UPLOADED/x.stl', 'PRINTING/x.stl').effect).toBe(
      'UPLOADED/x.stl is deleted from storage for good. The job keeps its file at PRINTING/x.stl.',
    );
  });

  it('counts findings and words outcomes', () => {
    expect(findingsCount(reportWithFindings())).toBe(4);
    expect(findingsCount(CLEAN_REPORT)).toBe(0);
    expect(outcomeText('delete_orphan', 'deleted', 'UPLOADED/x.stl')).toBe('Deleted UPLOADED/x.stl (deleted).');
  });
});
