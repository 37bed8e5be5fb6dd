import { expect, type Page, type Route } from '@playwright/test';
import { installFakeEventSource } from './fake-event-source';
import { ago, catalog, HOUR, json } from './mock-api';
import { modelBytes } from './mock-models';

/**
 * A tiny in-memory jobs API for the mocked dashboard tests: lists, counts
 * (with search), details, trail, locks, candidate files and every step,
 * all answered through page.route. It records what it was sent.
 */

export const WORKSTATION = 'print-room';


export interface MockJob {
  id: string;
  short_id: string;
  status: string;
  student_name: string;
  student_email: string;
  display_name: string | null;
  original_filename: string;
  created_at: string;
  updated_at: string;
  staff_viewed_at: string | null;
  has_notes: boolean;
  notes: string;
  cost: string | null;
  weight_g: string | null;
  time_hours: string | null;
  print_method: string;
  color: string;
  printer: string;
  printing_printer: string | null;
  class_number: string;
  discipline: string;
  lock: { workstation: string; staff_name: string; holder: string; expires_at: string } | null;
  confirmation_expires_at?: string | null;
}

export function job(n: number, name: string, overrides: Partial<MockJob>): MockJob {
  const id = `${n}`.repeat(32);
  return {
    id,
    short_id: `a1b2c${n}`,
    status: 'UPLOADED',
    student_name: name,
    student_email: `${name.split(' ')[0]!.toLowerCase()}@uni.example`,
    display_name: null,
    original_filename: 'model.stl',
    created_at: ago(2 * HOUR),
    updated_at: ago(HOUR),
    staff_viewed_at: ago(HOUR),
    has_notes: false,
    notes: '',
    cost: null,
    weight_g: null,
    time_hours: null,
    print_method: 'Filament',
    color: 'Forest Green',
    printer: 'Prusa MK4S',
    printing_printer: null,
    class_number: 'ARCH 4000',
    discipline: 'Architecture',
    lock: null,
    ...overrides,
  };
}

export function lockBy(workstation: string, staff: string) {
  return { workstation, staff_name: staff, holder: `${workstation} · ${staff}`, expires_at: ago(-4 * 60_000) };
}

export function seedJobs(): MockJob[] {
  return [
    job(1, 'Ada Lovelace', { staff_viewed_at: null, original_filename: 'bracket_v3_final.stl', created_at: ago(2 * HOUR + 600_000) }),
    job(2, 'Grace Hopper', { original_filename: 'gear-housing.3mf', created_at: ago(30 * HOUR), lock: lockBy('front-desk', 'Alex') }),
    job(3, 'Alan Turing', {
      original_filename: 'enigma-rotor.obj',
      created_at: ago(50 * HOUR),
      has_notes: true,
      notes: 'Asked for the rotor teeth to be printed upright.',
      print_method: 'Resin',
      color: 'Gray',
      printer: 'Formlabs Form 3',
    }),
    job(4, 'Katherine Johnson', {
      status: 'COMPLETED',
      original_filename: 'orbit-model.stl',
      created_at: ago(100 * HOUR),
      cost: '4.20',
      weight_g: '42.0',
      time_hours: '3.5',
      printing_printer: 'Prusa XL',
      printer: 'Prusa XL',
    }),
    job(5, 'Mary Jackson', { status: 'READYTOPRINT', cost: '3.00', weight_g: '18', time_hours: '1.5', created_at: ago(20 * HOUR) }),
  ];
}

const roster = ['Grace Hopper', 'Ada Lovelace', 'Katherine Johnson'].map((name) => ({
  name,
  is_active: true,
  added_at: ago(900 * HOUR),
  deactivated_at: null,
}));

const STATUSES = ['UPLOADED', 'PENDING', 'READYTOPRINT', 'PRINTING', 'COMPLETED', 'PAIDPICKEDUP', 'REJECTED', 'ARCHIVED'];
const NEXT: Record<string, string> = {
  approve: 'PENDING',
  reject: 'REJECTED',
  'mark-printing': 'PRINTING',
  'mark-complete': 'COMPLETED',
  payment: 'PAIDPICKEDUP',
  'revert-completion': 'PRINTING',
  'revert-pickup': 'COMPLETED',
};

export class MockDesk {
  jobs = seedJobs();
  sent: { method: string; path: string; body: unknown }[] = [];
  /** Job ids whose lock call is refused (someone took it a moment ago). */
  refuseLock = new Map<string, string>();
  /** Milliseconds every step takes to answer (to see the optimistic update). */
  stepDelayMs = 0;
  /** Every model download and open-link asked for, as "<job id> <name or ->". */
  downloads: string[] = [];
  openLinks: string[] = [];
  private scans = 0;

  constructor(private readonly page: Page) {}

  matches(j: MockJob, url: URL): boolean {
    const q = url.searchParams.get('search')?.toLowerCase();
    if (q && ![j.student_name, j.student_email, j.class_number, j.short_id].some((v) => v.toLowerCase().includes(q))) return false;
    for (const key of ['printer', 'discipline'] as const) {
      const v = url.searchParams.get(key);
      if (v && j[key] !== v) return false;
    }
    const method = url.searchParams.get('method');
    return !method || j.print_method === method;
  }

  detail(j: MockJob) {
    return { ...j, payment: null, confirmation: null, failures: [], file_path: `Uploaded/${j.original_filename}`, last_updated_by: 'Grace Hopper' };
  }

  async install() {
    await this.page.route('**/api/v1/**', (route) => this.answer(route));
  }

  private async answer(route: Route) {
    const request = route.request();
    const url = new URL(request.url());
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const method = request.method();
    const body = request.postData() ? (JSON.parse(request.postData()!) as Record<string, unknown>) : null;
    if (method !== 'GET') this.sent.push({ method, path, body });

    if (path === '/auth/me') return json(route, { workstation: WORKSTATION, role: 'staff', expires_at: ago(-8 * HOUR) });
    if (path === '/staff') return json(route, { staff: roster });
    if (path === '/catalog') return json(route, catalog);
    if (path === '/jobs/counts') {
      const counts = Object.fromEntries(STATUSES.map((s) => [s, this.jobs.filter((j) => j.status === s && this.matches(j, url)).length]));
      return json(route, { counts });
    }
    if (path === '/jobs') {
      const list = this.jobs.filter((j) => j.status === (url.searchParams.get('status') ?? 'UPLOADED') && this.matches(j, url));
      return json(route, { jobs: list, total: list.length, page: 1, page_size: 50 });
    }
    const files = /^\/files\/jobs\/(\w+)\/candidates$/.exec(path);
    if (files) return this.candidates(route, files[1]!);
    const file = /^\/files\/jobs\/(\w+)\/(download|open-link)$/.exec(path);
    if (file) return this.jobFile(route, file[1]!, file[2]!, url.searchParams.get('name'));
    const m = /^\/jobs\/(\w+)(?:\/(.+))?$/.exec(path);
    const found = m && this.jobs.find((j) => j.id === m[1]);
    if (!m || !found) return json(route, { error: { code: 'not_found', message: 'There is no such job.' } }, 404);
    return this.step(route, found, method, m[2] ?? '', body);
  }

  private candidates(route: Route, jobId: string) {
    this.scans += 1;
    const j = this.jobs.find((x) => x.id === jobId)!;
    const base = j.original_filename.replace(/\.\w+$/, '');
    const candidates = [
      { name: `${base}.3mf`, size_bytes: 2_480_000, modified_at: ago(20 * 60_000), extension: '.3mf', is_current: false, is_original: false },
      { name: j.original_filename, size_bytes: 684_000, modified_at: ago(2 * HOUR), extension: '.stl', is_current: true, is_original: true },
    ];
    if (this.scans > 1) {
      candidates.unshift({ name: `${base}_v2.3mf`, size_bytes: 2_510_000, modified_at: ago(60_000), extension: '.3mf', is_current: false, is_original: false });
    }
    return json(route, { job_id: jobId, folder: 'Uploaded', candidates, recommended: candidates[0]!.name });
  }

  /** The bytes of a job's model (STL, OBJ or 3MF by its name), or a signed-looking open link. */
  private jobFile(route: Route, jobId: string, what: string, name: string | null) {
    const j = this.jobs.find((x) => x.id === jobId);
    if (!j) return json(route, { error: { code: 'not_found', message: 'This job has no stored file yet.' } }, 404);
    const fileName = name ?? j.original_filename;
    const folder = j.status === 'UPLOADED' ? 'Uploaded' : j.status === 'READYTOPRINT' ? 'ReadyToPrint' : j.status.charAt(0) + j.status.slice(1).toLowerCase();
    if (what === 'open-link') {
      this.openLinks.push(`${jobId} ${name ?? '-'}`);
      const relative = `${folder}/${fileName}`;
      const exp = Math.floor(Date.now() / 1000) + 300;
      const query = `job=${jobId}&path=${encodeURIComponent(relative)}&exp=${exp}&kid=lab-2026&sig=mocked-signature`;
      return json(route, {
        url: `print3d://open?${query}`,
        legacy_url: `3dprint://open?${query}`,
        relative_path: relative,
        expires_at: new Date(exp * 1000).toISOString(),
      });
    }
    this.downloads.push(`${jobId} ${name ?? '-'}`);
    const model = modelBytes(fileName);
    if (!model) return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from('not a mesh') });
    return route.fulfill({
      status: 200,
      headers: { 'Content-Type': model.contentType, 'Content-Disposition': `attachment; filename="${fileName}"`, 'Cache-Control': 'private, no-store' },
      body: model.body,
    });
  }

  private async step(route: Route, j: MockJob, method: string, action: string, body: Record<string, unknown> | null) {
    if (method === 'GET' && action === '') return json(route, this.detail(j));
    if (method === 'GET' && action === 'events') {
      return json(route, {
        job_id: j.id,
        events: [
          { seq: 1, event_type: 'JobCreated', at: j.created_at, staff_name: null, workstation: null, details: {}, hash: 'a' },
          { seq: 2, event_type: 'JobReviewed', at: ago(HOUR), staff_name: 'Grace Hopper', workstation: 'front-desk', details: {}, hash: 'b' },
          { seq: 3, event_type: 'NotesUpdated', at: ago(30 * 60_000), staff_name: 'Ada Lovelace', workstation: WORKSTATION, details: {}, hash: 'c' },
        ],
      });
    }
    const staff = String(body?.staff_name ?? '');
    if (action === 'lock') {
      const refusedBy = this.refuseLock.get(j.id);
      if (refusedBy) {
        const [ws, name] = refusedBy.split(' · ') as [string, string];
        j.lock = lockBy(ws, name);
      }
      if (j.lock && j.lock.holder !== `${WORKSTATION} · ${staff}`) {
        return json(route, {
          error: {
            code: 'conflict',
            message: `${j.lock.holder} is working on this job; try again when they are done.`,
            fields: { holder: j.lock.holder, locked_until: j.lock.expires_at },
          },
        }, 409);
      }
      j.lock = lockBy(WORKSTATION, staff);
      return json(route, this.detail(j));
    }
    if (action === 'lock/extend') return json(route, this.detail(j));
    if (action === 'unlock') {
      j.lock = null;
      return json(route, this.detail(j));
    }
    if (this.stepDelayMs) await new Promise((r) => setTimeout(r, this.stepDelayMs));
    j.lock = null;
    if (method === 'DELETE') {
      this.jobs = this.jobs.filter((x) => x !== j);
      return route.fulfill({ status: 204 });
    }
    if (action === 'notes') Object.assign(j, { notes: body?.notes, has_notes: Boolean(body?.notes) });
    if (action === 'approve') Object.assign(j, { cost: '4.24', weight_g: body?.weight_g, time_hours: body?.time_hours, staff_viewed_at: ago(0) });
    if (NEXT[action]) j.status = NEXT[action]!;
    return json(route, this.detail(j));
  }
}

/** The dashboard on the mock desk, signed in at WORKSTATION and acting as `actingAs`, once its stream is live. */
export async function openBoard(page: Page, { actingAs = 'Grace Hopper', query = '' } = {}) {
  const desk = new MockDesk(page);
  await desk.install();
  await installFakeEventSource(page);
  if (actingAs) {
    await page.addInitScript(
      ([key, name]) => localStorage.setItem(key!, name!),
      [`printdesk.acting-staff.${WORKSTATION}`, actingAs],
    );
  }
  await page.goto(`/dashboard${query}`);
  await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
  return desk;
}

/** A job's card on the board, found by the student's name. */
export const card = (page: Page, name: string) =>
  page.getByTestId('job-card').filter({ has: page.getByRole('heading', { name }) });
