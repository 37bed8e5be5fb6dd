/**
 * The one place that talks HTTP to the PrintDesk API.
 *
 * The gateway serves the API on the same origin under /api/v1, so every call
 * uses a relative path and `credentials: 'same-origin'`: the auth service sets
 * an httpOnly session cookie itself and this app never sees or stores a token.
 */

export const API_BASE = '/api/v1';

/** Field name -> human sentence, as sent in the API's error envelope. */
export type FieldErrors = Record<string, string>;

/** A failed API call, parsed from `{"error": {"code", "message", "fields"}}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors;
  /** Seconds to wait before trying again, from a Retry-After header (429, 503). */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, code: string, message: string, fields: FieldErrors = {}, retryAfterSeconds: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const NETWORK_MESSAGE = 'Could not reach PrintDesk. Check your connection and try again.';

function fallbackMessage(status: number): string {
  if (status === 401) return 'Please sign in.';
  if (status === 403) return 'You are not allowed to do that.';
  if (status === 404) return 'Not found.';
  if (status === 413) return 'That file is too large.';
  if (status === 429) return 'Too many attempts. Please wait a moment and try again.';
  if (status >= 500) return 'PrintDesk is having trouble right now. Please try again in a minute.';
  return `Request failed (HTTP ${status}).`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Retry-After is seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now) / 1000));
}

/** Turn an error response body (parsed JSON or raw text) into an ApiError. */
export function toApiError(status: number, body: unknown, retryAfter?: string | null): ApiError {
  const retryAfterSeconds = parseRetryAfter(retryAfter);
  const envelope = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (!envelope) {
    return new ApiError(status, 'http_error', fallbackMessage(status), {}, retryAfterSeconds);
  }
  const code = typeof envelope.code === 'string' ? envelope.code : 'http_error';
  const message =
    typeof envelope.message === 'string' && envelope.message.trim()
      ? envelope.message
      : fallbackMessage(status);
  const fields: FieldErrors = {};
  if (isRecord(envelope.fields)) {
    for (const [name, text] of Object.entries(envelope.fields)) {
      if (typeof text === 'string') fields[name] = text;
      else if (Array.isArray(text)) fields[name] = text.filter((t) => typeof t === 'string').join(' ');
    }
  }
  return new ApiError(status, code, message, fields, retryAfterSeconds);
}

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

type JsonInit = Omit<RequestInit, 'body'> & { json?: unknown };

/**
 * Fetch `${API_BASE}${path}` and return the parsed JSON body.
 * Throws ApiError for non-2xx answers and for network failures (status 0).
 */
export async function fetchJson<T>(path: string, init: JsonInit = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  const requestHeaders = new Headers(headers);
  requestHeaders.set('Accept', 'application/json');
  let body: BodyInit | undefined;
  if (json !== undefined) {
    requestHeaders.set('Content-Type', 'application/json');
    body = JSON.stringify(json);
  }

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      ...rest,
      headers: requestHeaders,
      body,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', NETWORK_MESSAGE);
  }

  const parsed = parseBody(await response.text());
  if (!response.ok) throw toApiError(response.status, parsed, response.headers.get('Retry-After'));
  return parsed as T;
}

/** A file the API answered with: its bytes, and what the response says it is. */
export interface FetchedFile {
  bytes: ArrayBuffer;
  contentType: string | null;
  /** From Content-Disposition, when the server names the file. */
  fileName: string | null;
}

/** The file name in a Content-Disposition header (`filename*=UTF-8''…` wins over `filename="…"`). */
export function contentDispositionFileName(header: string | null | undefined): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[2]!.trim());
    } catch {
      // a malformed escape: fall back to the plain parameter
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  if (!plain) return null;
  const name = plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : plain[2]!.trim();
  return name || null;
}

/**
 * Fetch `${API_BASE}${path}` as bytes (a model for the 3D preview). Errors are
 * ApiErrors as with fetchJson; a file the Content-Length says is over
 * `maxBytes` is refused (413) before its body is read.
 */
export async function fetchBytes(
  path: string,
  { signal, maxBytes }: { signal?: AbortSignal; maxBytes?: number } = {},
): Promise<FetchedFile> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      headers: { Accept: 'application/octet-stream, application/json;q=0.9, */*;q=0.8' },
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', NETWORK_MESSAGE);
  }
  if (!response.ok) {
    throw toApiError(response.status, parseBody(await response.text()), response.headers.get('Retry-After'));
  }
  const length = Number(response.headers.get('Content-Length'));
  if (maxBytes !== undefined && Number.isFinite(length) && length > maxBytes) {
    void response.body?.cancel();
    throw new ApiError(413, 'too_large', fallbackMessage(413));
  }
  return {
    bytes: await response.arrayBuffer(),
    contentType: response.headers.get('Content-Type'),
    fileName: contentDispositionFileName(response.headers.get('Content-Disposition')),
  };
}

export interface UploadOptions {
  /** Called with a fraction 0..1 while the request body is sent. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * POST a multipart form with XMLHttpRequest, because fetch() cannot report
 * upload progress. Rejects with ApiError like fetchJson, or with an
 * AbortError DOMException when `signal` is aborted.
 */
export function postFormWithProgress<T>(
  path: string,
  form: FormData,
  { onProgress, signal }: UploadOptions = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Upload cancelled', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}${path}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.withCredentials = false; // same-origin requests carry cookies anyway

    const onAbortSignal = () => xhr.abort();
    signal?.addEventListener('abort', onAbortSignal, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbortSignal);

    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      done();
      const parsed = parseBody(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(1);
        resolve(parsed as T);
      } else {
        reject(toApiError(xhr.status, parsed, xhr.getResponseHeader('Retry-After')));
      }
    });
    xhr.addEventListener('error', () => {
      done();
      reject(new ApiError(0, 'network_error', NETWORK_MESSAGE));
    });
    xhr.addEventListener('abort', () => {
      done();
      reject(new DOMException('Upload cancelled', 'AbortError'));
    });
    xhr.send(form);
  });
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
