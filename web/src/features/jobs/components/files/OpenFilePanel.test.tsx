import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, json, mockFetch } from '@/test/fetch-mock';
import { COPIED_FOR_MS, OpenFilePanel } from './OpenFilePanel';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

const JOB = 'a'.repeat(32);
const LINK = `GET /api/v1/files/jobs/${JOB}/open-link`;

function openLink(n: number, ttlSeconds = 300) {
  return {
    url: `print3d://open?job=${JOB}&path=Uploaded%2Fcube.stl&exp=${n}&kid=k1&sig=s${n}`,
    legacy_url: `3dprint://open?job=${JOB}&path=Uploaded%2Fcube.stl&exp=${n}&kid=k1&sig=s${n}`,
    relative_path: 'Uploaded/Ada_Filament_Blue_a1b2c3.stl',
    expires_at: new Date(Date.now() + ttlSeconds * 1000).toISOString(),
  };
}

/** The real anchor, once the link has arrived (before that a disabled placeholder stands in). */
const slicerLink = () =>
  waitFor(() => {
    const link = screen.getByRole('link', { name: 'Open in slicer' });
    expect(link).not.toHaveAttribute('aria-disabled');
    return link;
  });

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(document, 'execCommand');
});

describe('Open the file', () => {
  it('is a real print3d:// link with the path beside it and a line on what to do when nothing opens', async () => {
    const api = mockFetch({ [LINK]: () => json(openLink(1)) });
    render(<OpenFilePanel jobId={JOB} name="cube v2.3mf" />);

    expect(screen.getByRole('link', { name: 'Open in slicer' })).toHaveAttribute('aria-disabled', 'true');
    const link = await slicerLink();
    expect(link.tagName).toBe('A');
    expect(link).toHaveAttribute('href', openLink(1).url);
    expect(link).toHaveAccessibleDescription(/needs the PrintDesk opener installed/);
    expect(screen.getByTestId('file-path')).toHaveTextContent('Uploaded/Ada_Filament_Blue_a1b2c3.stl');
    expect(String(api.mock.calls[0]![0])).toBe(`/api/v1/files/jobs/${JOB}/open-link?name=cube+v2.3mf`);
  });

  it('swaps in a fresh link half a minute before the old one expires', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let n = 0;
    const api = mockFetch({ [LINK]: () => json(openLink(++n)) });
    render(<OpenFilePanel jobId={JOB} />);
    expect(await slicerLink()).toHaveAttribute('href', expect.stringContaining('sig=s1'));

    await act(async () => {
      await vi.advanceTimersByTimeAsync(260_000);
    });
    expect(api).toHaveBeenCalledTimes(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(15_000);
    });
    await waitFor(() => expect(screen.getByRole('link', { name: 'Open in slicer' })).toHaveAttribute('href', expect.stringContaining('sig=s2')));
    expect(api).toHaveBeenCalledTimes(2);
  });

  it('keeps the old link while it still works when a refresh fails, and retries', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let n = 0;
    const api = mockFetch({ [LINK]: () => (++n === 2 ? apiError(503, 'unavailable', 'Files service down.') : json(openLink(n))) });
    render(<OpenFilePanel jobId={JOB} />);
    await slicerLink();

    await act(async () => {
      await vi.advanceTimersByTimeAsync(271_000);
    });
    expect(api).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('link', { name: 'Open in slicer' })).toHaveAttribute('href', expect.stringContaining('sig=s1'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await act(async () => {
      await vi.advanceTimersByTimeAsync(16_000);
    });
    await waitFor(() => expect(screen.getByRole('link', { name: 'Open in slicer' })).toHaveAttribute('href', expect.stringContaining('sig=s3')));
  });

  it('copies the path and says “Copied” for a moment', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime }); // before the stub: it brings its own clipboard
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    mockFetch({ [LINK]: () => json(openLink(1)) });
    render(<OpenFilePanel jobId={JOB} />);
    await slicerLink();

    await user.click(screen.getByRole('button', { name: 'Copy file path' }));
    expect(writeText).toHaveBeenCalledWith('Uploaded/Ada_Filament_Blue_a1b2c3.stl');
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(screen.getByText('File path copied.')).toBeInTheDocument();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(COPIED_FOR_MS);
    });
    expect(screen.getByRole('button', { name: 'Copy file path' })).toBeInTheDocument();
  });

  it('selects the path to copy by hand when the browser allows no copying', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    mockFetch({ [LINK]: () => json(openLink(1)) });
    render(<OpenFilePanel jobId={JOB} />);
    await slicerLink();

    await user.click(screen.getByRole('button', { name: 'Copy file path' }));
    expect(await screen.findByText(/press Ctrl\+C/)).toBeVisible();
    expect(window.getSelection()?.toString()).toBe('Uploaded/Ada_Filament_Blue_a1b2c3.stl');
  });

  it('says why there is no link, and tries again', async () => {
    let n = 0;
    mockFetch({ [LINK]: () => (++n === 1 ? apiError(404, 'not_found', 'This job has no stored file yet.') : json(openLink(n))) });
    const user = userEvent.setup();
    render(<OpenFilePanel jobId={JOB} />);

    expect(await screen.findByRole('alert')).toHaveTextContent('This job has no stored file yet.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await slicerLink()).toBeInTheDocument();
  });
});
