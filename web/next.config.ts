import type { NextConfig } from 'next';

// No rewrites(): Traefik routes /api/v1/* to the services on the same origin,
// so the browser calls relative URLs and this app never proxies.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
