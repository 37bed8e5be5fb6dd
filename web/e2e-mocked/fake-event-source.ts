import type { Page } from '@playwright/test';

/**
 * Replaces the browser's EventSource with one the test drives: it answers
 * `ready` at once and `emitJob(page, change)` delivers a `job` event, so
 * "another workstation changed a job" can be played exactly when wanted.
 * (A route with a fixed text/event-stream body would end, and the browser
 * would then be reconnecting for the rest of the test.)
 */
export async function installFakeEventSource(page: Page) {
  await page.addInitScript(() => {
    const streams: FakeEventSource[] = [];
    class FakeEventSource extends EventTarget {
      static readonly CONNECTING = 0;
      static readonly OPEN = 1;
      static readonly CLOSED = 2;
      readonly CONNECTING = 0;
      readonly OPEN = 1;
      readonly CLOSED = 2;
      readyState = 0;
      onerror: ((e: Event) => void) | null = null;
      onmessage: ((e: MessageEvent) => void) | null = null;
      onopen: ((e: Event) => void) | null = null;
      readonly url: string;
      readonly withCredentials: boolean;
      constructor(url: string, init?: { withCredentials?: boolean }) {
        super();
        this.url = url;
        this.withCredentials = !!init?.withCredentials;
        streams.push(this);
        setTimeout(() => {
          if (this.readyState === 2) return;
          this.readyState = 1;
          this.emit('ready', JSON.stringify({ at: new Date().toISOString() }));
        }, 20);
      }
      emit(type: string, data: string) {
        this.dispatchEvent(new MessageEvent(type, { data }));
      }
      close() {
        this.readyState = 2;
      }
    }
    const w = window as unknown as Record<string, unknown>;
    w.EventSource = FakeEventSource;
    w.__emitJobChange = (change: unknown) => {
      for (const s of streams) if (s.readyState === 1) s.emit('job', JSON.stringify(change));
    };
    w.__openJobStreams = () => streams.filter((s) => s.readyState === 1).length;
  });
}

/** Deliver one `job` event (a JobChanged) to the page's open streams. */
export async function emitJob(page: Page, change: Record<string, unknown>) {
  await page.evaluate((c) => (window as unknown as { __emitJobChange: (c: unknown) => void }).__emitJobChange(c), change);
}
