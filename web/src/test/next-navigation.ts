import { vi } from 'vitest';

/** A stand-in for next/navigation's router, shared by component tests. */
export const router = {
  push: vi.fn(),
  replace: vi.fn(),
  refresh: vi.fn(),
  back: vi.fn(),
  forward: vi.fn(),
  prefetch: vi.fn(),
};

export const navigation = {
  pathname: '/',
  search: '',
};

export function resetNavigation(pathname = '/', search = '') {
  navigation.pathname = pathname;
  navigation.search = search;
  for (const fn of Object.values(router)) fn.mockReset();
}

export const nextNavigationMock = () => ({
  useRouter: () => router,
  usePathname: () => navigation.pathname,
  useSearchParams: () => new URLSearchParams(navigation.search),
});
