import type { JobCounts, JobDetail, JobSummary } from '@/features/jobs/api/jobs';
import { testCatalog } from './catalog';
import { json, mockFetch, type Route } from './fetch-mock';

/** Jobs, a roster and the jobs API routes for the dashboard's component tests. */

const HOUR = 3_600_000;

export function testJob(overrides: Partial<JobSummary> = {}): JobSummary {
  return {
    id: 'a'.repeat(32),
    short_id: 'a1b2c3',
    status: 'UPLOADED',
    student_name: 'Ada Lovelace',
    student_email: 'ada@uni.example',
    display_name: null,
    original_filename: 'cube.stl',
    created_at: new Date(Date.now() - (2 * HOUR + 10 * 60_000)).toISOString(),
    updated_at: new Date().toISOString(),
    staff_viewed_at: null,
    has_notes: false,
    cost: null,
    print_method: 'Filament',
    color: 'Blue',
    printer: 'Prusa MK4S',
    printing_printer: null,
    lock: null,
    ...overrides,
  };
}

export function testDetail(job: JobSummary, overrides: Partial<JobDetail> = {}): JobDetail {
  return { ...job, notes: '', has_notes: job.has_notes ?? false, payment: null, confirmation: null, failures: [], ...overrides };
}

export function testCounts(overrides: Partial<JobCounts> = {}): JobCounts {
  return {
    UPLOADED: 0,
    PENDING: 0,
    READYTOPRINT: 0,
    PRINTING: 0,
    COMPLETED: 0,
    PAIDPICKEDUP: 0,
    REJECTED: 0,
    ARCHIVED: 0,
    ...overrides,
  };
}

export const ME = { workstation: 'front-desk', role: 'staff', expires_at: '2030-01-01T00:00:00Z' } as const;

/**
 * The dashboard's API with `jobs` in their statuses; counts follow the jobs.
 * `routes` add or replace routes ("POST /api/v1/jobs/<id>/lock", …).
 */
export function mockDashboardApi(jobs: JobSummary[], routes: Record<string, Route> = {}) {
  const counts = () => {
    const result = testCounts();
    for (const job of jobs) result[job.status] += 1;
    return result;
  };
  return mockFetch({
    'GET /api/v1/auth/me': () => json(ME),
    'GET /api/v1/catalog': () => json(testCatalog),
    'GET /api/v1/staff': () =>
      json({ staff: ['Grace Hopper', 'Ada Lovelace'].map((name) => ({ name, is_active: true, added_at: '2026-01-01T00:00:00Z', deactivated_at: null })) }),
    'GET /api/v1/jobs/counts': () => json({ counts: counts() }),
    'GET /api/v1/jobs': (url) => {
      const list = jobs.filter((j) => j.status === (url.searchParams.get('status') ?? 'UPLOADED'));
      return json({ jobs: list, total: list.length, page: 1, page_size: 50 });
    },
    ...Object.fromEntries(
      jobs.flatMap((job) => [
        [`POST /api/v1/jobs/${job.id}/lock`, () => json(testDetail(job))],
        [`POST /api/v1/jobs/${job.id}/unlock`, () => json(testDetail(job))],
      ]),
    ),
    ...routes,
  });
}
