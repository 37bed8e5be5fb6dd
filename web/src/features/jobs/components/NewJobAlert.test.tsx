import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffShell } from '@/features/auth/components/StaffShell';
import { installFakeEventSource } from '@/test/fake-event-source';
import { mockDashboardApi, testJob } from '@/test/jobs';
import { resetNavigation } from '@/test/next-navigation';
import { SOUND_SETTINGS_KEY } from '../model/sound-settings';
import { JobBoard } from './JobBoard';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

/** Records every tone started, at which frequencies and gain. */
class FakeAudioContext {
  static tones: { from: number; to: number; peak: number }[] = [];
  state: AudioContextState = 'suspended';
  currentTime = 0;
  destination = {};
  resume = vi.fn(async () => {
    this.state = 'running';
  });
  createGain() {
    const gain = {
      gain: { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() },
      connect: vi.fn(),
      disconnect: vi.fn(),
    };
    return gain;
  }
  createOscillator() {
    const tone = { from: 0, to: 0, peak: 0 };
    return {
      type: '',
      frequency: {
        setValueAtTime: (hz: number) => void (tone.from = hz),
        exponentialRampToValueAtTime: (hz: number) => void (tone.to = hz),
      },
      connect: vi.fn(),
      disconnect: vi.fn(),
      start: () => FakeAudioContext.tones.push(tone),
      stop: vi.fn(),
      onended: null,
    };
  }
}

const ada = testJob();
const grace = testJob({ id: 'b'.repeat(32), short_id: 'd4e5f6', student_name: 'Grace Hopper', student_email: 'grace@uni.example' });
const change = {
  event_id: 'e1',
  actor: null,
  job_id: ada.id,
  action: 'notes',
  status: 'UPLOADED',
  previous_status: 'UPLOADED',
  at: '2026-11-25T12:00:00Z',
  job: { short_id: 'a1b2c3', student_name: 'Ada Lovelace' },
  lock: null,
  deleted: false,
};

const uploadedLooks = (api: ReturnType<typeof mockDashboardApi>) =>
  api.mock.calls.filter(([u]) => String(u) === '/api/v1/jobs?status=UPLOADED&page=1&page_size=50').length;

function renderBoard() {
  return render(
    <StaffShell>
      <JobBoard />
    </StaffShell>,
  );
}

beforeEach(() => {
  resetNavigation('/dashboard');
  FakeAudioContext.tones = [];
  vi.stubGlobal('AudioContext', FakeAudioContext);
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('the new-job chime', () => {
  it('rings for a job that arrives after a live refresh, never for the jobs already waiting', async () => {
    const Stream = installFakeEventSource();
    const jobs = [ada];
    const api = mockDashboardApi(jobs);
    const user = userEvent.setup();
    renderBoard();
    await screen.findByRole('article', { name: 'Ada Lovelace' });
    act(() => Stream.latest().emit('ready'));
    await waitFor(() => expect(uploadedLooks(api)).toBeGreaterThanOrEqual(2)); // the board's page and the watcher's first look
    await user.click(screen.getByRole('heading', { name: 'Print jobs' })); // any click unlocks audio
    expect(FakeAudioContext.tones).toHaveLength(0);

    jobs.push(grace); // a student submits: no live change for that today…
    act(() => Stream.latest().emit('job', change)); // …but the next live refresh looks again

    expect(await screen.findByRole('article', { name: 'Grace Hopper' })).toBeInTheDocument();
    await waitFor(() => expect(FakeAudioContext.tones).toHaveLength(1), { timeout: 3_000 });
    expect(FakeAudioContext.tones[0]).toMatchObject({ from: 800, to: 1200 });
    expect(screen.getByTestId('new-job-announcement')).toHaveTextContent('New job from Grace Hopper.');
    const looks = uploadedLooks(api);

    act(() => Stream.latest().emit('job', { ...change, event_id: 'e2' }));
    await waitFor(() => expect(uploadedLooks(api)).toBeGreaterThanOrEqual(looks + 2), { timeout: 3_000 }); // reload and look
    expect(FakeAudioContext.tones).toHaveLength(1); // once per job
  });

  it('stays silent when turned off in the header’s sound settings, and remembers that', async () => {
    const Stream = installFakeEventSource();
    const jobs = [ada];
    const api = mockDashboardApi(jobs);
    const user = userEvent.setup();
    renderBoard();
    await screen.findByRole('article', { name: 'Ada Lovelace' });
    act(() => Stream.latest().emit('ready'));
    await waitFor(() => expect(uploadedLooks(api)).toBeGreaterThanOrEqual(2));

    const toggle = screen.getByRole('button', { name: 'Sound on' });
    await user.click(toggle);
    const panel = screen.getByRole('group', { name: 'New-job sound' });
    const checkbox = within(panel).getByRole('checkbox', { name: 'Chime when a new job arrives' });
    expect(checkbox).toHaveFocus();
    await user.click(checkbox);
    expect(JSON.parse(localStorage.getItem(SOUND_SETTINGS_KEY)!)).toEqual({ enabled: false, volume: 0.6 });
    expect(within(panel).getByRole('slider', { name: 'Volume' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'New-job sound' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sound off' })).toHaveFocus();

    jobs.push(grace);
    const looks = uploadedLooks(api);
    act(() => Stream.latest().emit('job', change));
    expect(await screen.findByRole('article', { name: 'Grace Hopper' })).toBeInTheDocument();
    await waitFor(() => expect(uploadedLooks(api)).toBeGreaterThanOrEqual(looks + 2), { timeout: 3_000 });
    expect(screen.getByTestId('new-job-announcement')).toHaveTextContent('New job from Grace Hopper.');
    expect(FakeAudioContext.tones).toHaveLength(0);
  });

  it('sets the volume and plays a test sound at it', async () => {
    installFakeEventSource();
    mockDashboardApi([ada]);
    const user = userEvent.setup();
    renderBoard();
    await screen.findByRole('article', { name: 'Ada Lovelace' });

    await user.click(screen.getByRole('button', { name: 'Sound on' }));
    const slider = screen.getByRole('slider', { name: 'Volume' });
    expect(slider).toHaveValue('60');
    act(() => {
      // range inputs take no typing: set it as a drag would
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(slider, '100');
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(screen.getByText('100%')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(SOUND_SETTINGS_KEY)!)).toEqual({ enabled: true, volume: 1 });

    await user.click(screen.getByRole('button', { name: 'Play test sound' }));
    expect(FakeAudioContext.tones).toHaveLength(1);
    await user.click(document.body); // a click elsewhere closes it
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
  });
});
