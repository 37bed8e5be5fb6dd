import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'PrintDesk', template: '%s · PrintDesk' },
  description: 'Send a 3D model to the fab lab for printing.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0f766e',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a
          href="#main"
          className="absolute -top-40 left-2 z-50 rounded-md bg-white px-3 py-2 font-semibold text-teal-900 shadow focus:top-2"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
