import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, mockFetch } from '@/test/fetch-mock';
import { binaryStl, boxTriangles } from '@/test/stl';
import { ModelPreview } from './ModelPreview';
import { WebGLUnavailableError, createPreviewScene } from './preview-scene';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());
vi.mock('./preview-scene', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./preview-scene')>()),
  createPreviewScene: vi.fn(),
}));

const JOB = 'a'.repeat(32);
const DOWNLOAD = `GET /api/v1/files/jobs/${JOB}/download`;
const stl = () =>
  new Response(binaryStl(boxTriangles([0, 0, 0], [40, 30, 12.5])), {
    headers: { 'Content-Type': 'model/stl', 'Content-Disposition': 'attachment; filename="Ada_Filament_Blue_a1b2c3.stl"' },
  });

const scene = { resetView: vi.fn(), dispose: vi.fn() };

beforeEach(() => {
  vi.mocked(createPreviewScene).mockReset();
  scene.resetView.mockReset();
  scene.dispose.mockReset();
});
afterEach(() => vi.unstubAllGlobals());

describe('3D preview', () => {
  it('draws the downloaded model, names its size and triangles for screen readers, and frees the scene on unmount', async () => {
    vi.mocked(createPreviewScene).mockReturnValue(scene);
    const api = mockFetch({ [DOWNLOAD]: stl });
    const user = userEvent.setup();
    const { unmount } = render(<ModelPreview jobId={JOB} fileName="cube.stl" />);

    expect(screen.getByTestId('model-preview')).toHaveAttribute('data-state', 'loading');
    const view = await screen.findByRole('img', { name: '3D view of Ada_Filament_Blue_a1b2c3.stl: 40 × 30 × 12.5 mm, 12 triangles' });
    expect(view).toBeInTheDocument();
    expect(screen.getByText('40 × 30 × 12.5 mm')).toBeInTheDocument();
    expect(screen.getByText('10 mm squares')).toBeInTheDocument();
    expect(String(api.mock.calls[0]![0])).toBe(`/api/v1/files/jobs/${JOB}/download`);
    // The scene is made in an effect once the view is on screen: on a busy machine that can come a tick later.
    await waitFor(() => expect(createPreviewScene).toHaveBeenCalledTimes(1));
    const [, , options] = vi.mocked(createPreviewScene).mock.calls[0]!;
    expect(options).toMatchObject({ zUp: true, grid: { sizeMm: 60, divisions: 6 } });

    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    expect(scene.resetView).toHaveBeenCalled();
    unmount();
    expect(scene.dispose).toHaveBeenCalledTimes(1);
  });

  it('asks for a candidate by name', async () => {
    vi.mocked(createPreviewScene).mockReturnValue(scene);
    const api = mockFetch({ [DOWNLOAD]: stl });
    render(<ModelPreview jobId={JOB} name="cube v2.stl" fileName="cube v2.stl" compact />);
    await screen.findByRole('img');
    expect(String(api.mock.calls[0]![0])).toBe(`/api/v1/files/jobs/${JOB}/download?name=cube+v2.stl`);
  });

  it('without WebGL, says so plainly and still shows the size', async () => {
    vi.mocked(createPreviewScene).mockImplementation(() => {
      throw new WebGLUnavailableError();
    });
    mockFetch({ [DOWNLOAD]: stl });
    render(<ModelPreview jobId={JOB} fileName="cube.stl" />);

    expect(await screen.findByText('No 3D view on this computer')).toBeInTheDocument();
    expect(screen.getByTestId('model-preview')).toHaveAttribute('data-state', 'unavailable');
    expect(screen.getByText('40 × 30 × 12.5 mm')).toBeInTheDocument();
    expect(screen.getByText('12')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset view' })).not.toBeInTheDocument();
  });

  it('uses the real WebGL check: jsdom has none, so it falls back instead of crashing', async () => {
    const actual = await vi.importActual<typeof import('./preview-scene')>('./preview-scene');
    vi.mocked(createPreviewScene).mockImplementation(actual.createPreviewScene);
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    mockFetch({ [DOWNLOAD]: stl });
    render(<ModelPreview jobId={JOB} fileName="cube.stl" />);
    expect(await screen.findByText('No 3D view on this computer')).toBeInTheDocument();
  });

  it('shows the server’s error and tries again on request', async () => {
    vi.mocked(createPreviewScene).mockReturnValue(scene);
    let calls = 0;
    mockFetch({
      [DOWNLOAD]: () => (++calls === 1 ? apiError(404, 'not_found', 'The job’s file is not on disk.') : stl()),
    });
    const user = userEvent.setup();
    render(<ModelPreview jobId={JOB} fileName="cube.stl" />);

    expect(await screen.findByRole('alert')).toHaveTextContent('The job’s file is not on disk.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('img')).toBeInTheDocument();
  });

  it('does not download slicer project files it cannot draw', async () => {
    const api = mockFetch({});
    render(<ModelPreview jobId={JOB} fileName="cube.form" />);
    expect(screen.getByText(/PreForm \(\.form\) files have no preview here/)).toBeInTheDocument();
    await waitFor(() => expect(api).not.toHaveBeenCalled());
  });
});
