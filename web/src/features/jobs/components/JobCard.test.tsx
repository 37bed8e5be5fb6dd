import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testJob } from '@/test/jobs';
import { JobCard } from './JobCard';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

const NOW = Date.parse('2026-11-26T12:00:00Z');

function card(overrides: Parameters<typeof testJob>[0]) {
  render(<JobCard job={testJob(overrides)} now={NOW} lockedBy={null} onAction={() => undefined} />);
  return screen.getByTestId('job-card');
}

describe('a Pending card', () => {
  it('says how long the student’s confirm link still works', () => {
    const article = card({ status: 'PENDING', cost: '4.12', confirmation_expires_at: '2026-11-28T14:30:00Z' });
    expect(within(article).getByText('Confirm link')).toBeInTheDocument();
    expect(within(article).getByText('expires in 2 d 2 h')).toBeInTheDocument();
    expect(within(article).queryByTestId('link-expired')).not.toBeInTheDocument();
  });

  it('flags a link that ran out, in words a screen reader hears too', () => {
    const article = card({ status: 'PENDING', confirmation_expires_at: '2026-11-25T09:00:00Z' });
    expect(within(article).getByTestId('link-expired')).toHaveTextContent(
      'Link expired: the student did not confirm in time; resend the link',
    );
    expect(within(article).getByText('expired 1 d 3 h ago')).toBeInTheDocument();
  });

  it('shows nothing of the kind once the job has moved on', () => {
    const article = card({ status: 'READYTOPRINT', confirmation_expires_at: null });
    expect(within(article).queryByText('Confirm link')).not.toBeInTheDocument();
    expect(within(article).queryByTestId('link-expired')).not.toBeInTheDocument();
  });
});
