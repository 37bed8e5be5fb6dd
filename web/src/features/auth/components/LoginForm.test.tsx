import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, json, mockFetch } from '@/test/fetch-mock';
import { resetNavigation, router } from '@/test/next-navigation';
import { LoginForm } from './LoginForm';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

const session = {
  workstation: 'front-desk',
  role: 'staff',
  expires_at: '2030-01-01T00:00:00Z',
  access_token: 'secret-token',
};

async function signIn(password = 'correct horse') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Workstation name'), 'front-desk');
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

beforeEach(() => resetNavigation('/login'));
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  sessionStorage.clear();
});

describe('LoginForm', () => {
  it('shows the server message for a wrong password and lets the user try again', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () => apiError(401, 'invalid_credentials', 'Wrong workstation name or password'),
    });
    render(<LoginForm />);

    await signIn('nope');

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong workstation name or password');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    expect(router.replace).not.toHaveBeenCalled();
  });

  it('shows the server message when there were too many attempts', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () => apiError(429, 'rate_limited', 'Too many attempts. Try again in 60 seconds.'),
    });
    render(<LoginForm />);

    await signIn();

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 60 seconds.');
  });

  it('says when signing in is possible again after too many attempts', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T14:30:00'));
    mockFetch({
      'POST /api/v1/auth/login': () =>
        new Response(JSON.stringify({ error: { code: 'too_many_attempts', message: 'Too many failed sign-ins.' } }), {
          status: 429,
          headers: { 'Content-Type': 'application/json', 'Retry-After': '300' },
        }),
    });
    render(<LoginForm />);

    await signIn();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many failed sign-ins. You can try again at 2:35 PM (in about 5 minutes).',
    );
    vi.useRealTimers();
  });

  it('asks for both fields before calling the server', async () => {
    const fetchMock = mockFetch({});
    render(<LoginForm />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByText('Enter the workstation name.')).toBeInTheDocument();
    expect(screen.getByText('Enter the password.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('posts the credentials, keeps no token in the browser and opens the dashboard', async () => {
    const fetchMock = mockFetch({ 'POST /api/v1/auth/login': () => json(session) });
    render(<LoginForm />);

    await signIn();

    await waitFor(() => expect(router.replace).toHaveBeenCalledWith('/dashboard'));
    const init = fetchMock.mock.calls[0]![1]!;
    expect(JSON.parse(String(init.body))).toEqual({ workstation: 'front-desk', password: 'correct horse' });
    expect(init.credentials).toBe('same-origin');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('returns to a same-site ?next= path but never to another site', async () => {
    mockFetch({ 'POST /api/v1/auth/login': () => json(session) });
    const { unmount } = render(<LoginForm next="/dashboard?tab=PENDING" />);
    await signIn();
    await waitFor(() => expect(router.replace).toHaveBeenCalledWith('/dashboard?tab=PENDING'));
    unmount();

    router.replace.mockReset();
    render(<LoginForm next="//evil.example" />);
    await signIn();
    await waitFor(() => expect(router.replace).toHaveBeenCalledWith('/dashboard'));
  });

  it('explains why the user is here after the session expired', () => {
    render(<LoginForm reason="expired" />);

    expect(screen.getByRole('status')).toHaveTextContent('Your session ended — please sign in again.');
  });
});
