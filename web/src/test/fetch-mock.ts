import { vi } from 'vitest';

export type Route = (url: URL, init: RequestInit) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function apiError(status: number, code: string, message: string, fields?: Record<string, string>): Response {
  return json({ error: { code, message, ...(fields ? { fields } : {}) } }, status);
}

/**
 * Replace global fetch with a router keyed by "METHOD /path" (no query).
 * Unknown routes fail the test loudly. Returns the mock to inspect calls.
 */
export function mockFetch(routes: Record<string, Route>) {
  const mock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://printdesk.test');
    const key = `${(init.method ?? 'GET').toUpperCase()} ${url.pathname}`;
    const route = routes[key];
    if (!route) throw new Error(`Unexpected fetch: ${key}`);
    return route(url, init);
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}
