import { fetchJson } from '@/lib/api';
import type { LoginRequest, LoginResponse, Me } from '@/lib/schemas';

export type StaffRole = Me['role'];

/** The signed-in workstation, as the auth service describes its session. */
export type WorkstationSession = Me;

export type Credentials = LoginRequest;

/**
 * Sign a workstation in. The auth service sets the httpOnly session cookie
 * itself; the access_token it also returns is deliberately dropped here.
 */
export async function login(credentials: Credentials): Promise<WorkstationSession> {
  const { workstation, role, expires_at } = await fetchJson<LoginResponse>(
    '/auth/login',
    { method: 'POST', json: credentials },
  );
  return { workstation, role, expires_at };
}

export function logout(): Promise<void> {
  return fetchJson<void>('/auth/logout', { method: 'POST' });
}

/** Who is signed in on this browser; rejects with a 401 ApiError when nobody is. */
export function getCurrentSession(signal?: AbortSignal): Promise<WorkstationSession> {
  return fetchJson<WorkstationSession>('/auth/me', { signal });
}
