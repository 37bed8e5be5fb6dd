import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, json, mockFetch } from '@/test/fetch-mock';
import { ApiError, contentDispositionFileName, fetchBytes, fetchJson, parseRetryAfter, postFormWithProgress, toApiError } from './api';

afterEach(() => vi.unstubAllGlobals());

describe('fetchJson', () => {
  it('calls the relative /api/v1 path with same-origin credentials and returns the JSON body', async () => {
    const fetchMock = mockFetch({ 'GET /api/v1/jobs/counts': () => json({ counts: { UPLOADED: 1 } }) });

    await expect(fetchJson('/jobs/counts')).resolves.toEqual({ counts: { UPLOADED: 1 } });

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/jobs/counts');
    expect(init?.credentials).toBe('same-origin');
  });

  it('sends a json body with a JSON content type', async () => {
    const fetchMock = mockFetch({ 'POST /api/v1/submissions': () => json({ short_id: 'a1b2c3' }, 201) });

    await fetchJson('/submissions', { method: 'POST', json: { student_name: 'Ada' } });

    const init = fetchMock.mock.calls[0]![1]!;
    expect(init.body).toBe('{"student_name":"Ada"}');
    expect(new Headers(init.headers).get('Content-Type')).toBe('application/json');
  });

  it('throws an ApiError with status, code, message and fields from the error envelope', async () => {
    mockFetch({
      'POST /api/v1/submissions': () =>
        apiError(422, 'validation_error', 'Please check the form.', { student_email: 'not a valid e-mail' }),
    });

    const error = await fetchJson('/submissions', { method: 'POST', json: {} }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: 'validation_error',
      message: 'Please check the form.',
      fields: { student_email: 'not a valid e-mail' },
    });
  });

  it('gives a readable message when the error body is not the envelope (e.g. a gateway page)', async () => {
    mockFetch({ 'GET /api/v1/jobs': () => new Response('<html>Bad gateway</html>', { status: 502 }) });

    await expect(fetchJson('/jobs')).rejects.toMatchObject({ status: 502, code: 'http_error' });
  });

  it('turns a network failure into an ApiError with status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    await expect(fetchJson('/auth/me')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });
});

describe('toApiError', () => {
  it('keeps only string field messages and joins lists', () => {
    const error = toApiError(422, { error: { code: 'x', message: 'm', fields: { a: ['one', 'two'], b: 3 } } });
    expect(error.fields).toEqual({ a: 'one two' });
  });
});

/** Just enough of XMLHttpRequest to drive postFormWithProgress. */
class FakeXhr {
  static last: FakeXhr;
  upload = new EventTarget();
  private events = new EventTarget();
  status = 0;
  responseText = '';
  withCredentials = false;
  method = '';
  url = '';
  body: unknown;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader() {}
  getResponseHeader(): string | null {
    return null;
  }
  addEventListener(type: string, listener: EventListener) {
    this.events.addEventListener(type, listener);
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.events.dispatchEvent(new Event('abort'));
  }
  progress(loaded: number, total: number) {
    this.upload.dispatchEvent(Object.assign(new Event('progress'), { loaded, total, lengthComputable: true }));
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.events.dispatchEvent(new Event('load'));
  }
}

describe('postFormWithProgress', () => {
  it('reports progress and resolves with the JSON body', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const onProgress = vi.fn();
    const form = new FormData();

    const result = postFormWithProgress('/uploads', form, { onProgress });
    FakeXhr.last.progress(50, 100);
    FakeXhr.last.respond(201, { upload_id: 'u1' });

    await expect(result).resolves.toEqual({ upload_id: 'u1' });
    expect(FakeXhr.last.url).toBe('/api/v1/uploads');
    expect(FakeXhr.last.body).toBe(form);
    expect(onProgress).toHaveBeenCalledWith(0.5);
  });

  it('rejects with an ApiError from the error envelope', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);

    const result = postFormWithProgress('/uploads', new FormData());
    FakeXhr.last.respond(413, { error: { code: 'too_large', message: 'The file is larger than 50 MB.' } });

    await expect(result).rejects.toMatchObject({ status: 413, message: 'The file is larger than 50 MB.' });
  });

  it('rejects with an AbortError when cancelled', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const controller = new AbortController();

    const result = postFormWithProgress('/uploads', new FormData(), { signal: controller.signal });
    controller.abort();

    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores anything else', () => {
    const now = Date.parse('2026-11-25T14:30:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Wed, 25 Nov 2026 14:35:00 GMT', now)).toBe(300);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('is kept on the ApiError of a 429', () => {
    expect(toApiError(429, { error: { code: 'too_many_attempts', message: 'Wait.' } }, '60').retryAfterSeconds).toBe(60);
  });
});

describe('fetchBytes', () => {
  it('answers the bytes with the type and the file name the server gives', async () => {
    const bytes = new Uint8Array([1, 2, 3, 4]);
    const fetchMock = mockFetch({
      'GET /api/v1/files/jobs/abc/download': () =>
        new Response(bytes, {
          headers: { 'Content-Type': 'model/stl', 'Content-Disposition': 'attachment; filename="cube.stl"' },
        }),
    });

    const file = await fetchBytes('/files/jobs/abc/download');

    expect(new Uint8Array(file.bytes)).toEqual(bytes);
    expect(file).toMatchObject({ contentType: 'model/stl', fileName: 'cube.stl' });
    expect(fetchMock.mock.calls[0]![1]!.credentials).toBe('same-origin');
  });

  it('turns a JSON error answer into an ApiError', async () => {
    mockFetch({ 'GET /api/v1/files/jobs/abc/download': () => apiError(404, 'not_found', 'The job’s file is not on disk.') });
    await expect(fetchBytes('/files/jobs/abc/download')).rejects.toMatchObject({ status: 404, message: 'The job’s file is not on disk.' });
  });

  it('refuses a file over the limit before reading it', async () => {
    mockFetch({
      'GET /api/v1/files/jobs/abc/download': () => new Response(new Uint8Array(10), { headers: { 'Content-Length': '10' } }),
    });
    await expect(fetchBytes('/files/jobs/abc/download', { maxBytes: 5 })).rejects.toMatchObject({ status: 413, code: 'too_large' });
  });
});

describe('contentDispositionFileName', () => {
  it('reads quoted, bare and RFC 5987 names, preferring the UTF-8 one', () => {
    expect(contentDispositionFileName('attachment; filename="Jane_Filament_Blue_a1b2c3.stl"')).toBe('Jane_Filament_Blue_a1b2c3.stl');
    expect(contentDispositionFileName('attachment; filename=cube.obj')).toBe('cube.obj');
    expect(contentDispositionFileName("attachment; filename*=utf-8''Jos%C3%A9_part.3mf")).toBe('José_part.3mf');
    expect(contentDispositionFileName('attachment; filename="fallback.stl"; filename*=UTF-8\'\'r%C3%A9el.stl')).toBe('réel.stl');
    expect(contentDispositionFileName('attachment')).toBeNull();
    expect(contentDispositionFileName(null)).toBeNull();
  });
});
