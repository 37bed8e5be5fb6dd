import type { LiveState } from '../hooks/use-job-stream';

const STATES: Record<LiveState, { dot: string; text: string; title: string }> = {
  connecting: { dot: 'bg-slate-400', text: 'Connecting…', title: 'Connecting to live updates' },
  live: { dot: 'bg-emerald-500', text: 'Live', title: 'Changes from every workstation appear here as they happen' },
  reconnecting: { dot: 'bg-amber-500', text: 'Reconnecting…', title: 'Live updates paused; reconnecting' },
  unavailable: { dot: 'bg-slate-400', text: 'Live updates off', title: 'This browser cannot receive live updates; use Refresh' },
};

/** Whether changes from other workstations arrive by themselves right now. */
export function LiveIndicator({ state }: { state: LiveState }) {
  const { dot, text, title } = STATES[state];
  return (
    <span className="inline-flex items-center gap-1.5" title={title} data-testid="live-indicator" data-state={state}>
      <span aria-hidden="true" className={`size-2 rounded-full ${dot} ${state === 'live' ? 'motion-safe:animate-pulse' : ''}`} />
      <span>{text}</span>
    </span>
  );
}
