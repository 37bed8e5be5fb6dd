import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffShell } from '@/features/auth/components/StaffShell';
import { apiError, json, mockFetch } from '@/test/fetch-mock';
import { testCatalog } from '@/test/catalog';
import { ME, testDetail, testJob } from '@/test/jobs';
import { resetNavigation } from '@/test/next-navigation';
import { JobTicket } from './JobTicket';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());

const job = testDetail(
  testJob({
    status: 'READYTOPRINT',
    created_at: '2026-11-25T20:30:00Z', // 2:30 PM in Chicago
    cost: '4.20',
    printing_printer: null,
  }),
  {
    weight_g: '42.0',
    time_hours: '3.5',
    file_path: 'ReadyToPrint/Ada_Filament_Blue_a1b2c3.3mf',
    class_number: 'ARCH 4000',
    discipline: 'Architecture',
    notes: 'Print the rotor upright.',
  },
);

function renderTicket(answer = () => json(job)) {
  mockFetch({
    'GET /api/v1/auth/me': () => json(ME),
    'GET /api/v1/catalog': () => json(testCatalog),
    [`GET /api/v1/jobs/${job.id}`]: answer,
  });
  return render(
    <StaffShell>
      <JobTicket jobId={job.id} />
    </StaffShell>,
  );
}

beforeEach(() => resetNavigation(`/dashboard/jobs/${job.id}/ticket`));
afterEach(() => vi.unstubAllGlobals());

describe('the printable job ticket', () => {
  it('shows the Job ID large, the student, the print, the quote, the submitted time in the lab’s zone, and room for notes', async () => {
    renderTicket();
    const ticket = await screen.findByTestId('job-ticket');
    expect(within(ticket).getByTestId('ticket-job-id')).toHaveTextContent('a1b2c3');
    expect(within(ticket).getByRole('heading', { name: '3D print job ticket' })).toBeInTheDocument();
    const facts = Object.fromEntries(
      within(ticket)
        .getAllByRole('term')
        .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(facts).toMatchObject({
      Student: 'Ada Lovelace',
      'E-mail': 'ada@uni.example',
      'Method · colour': 'Filament · Blue',
      Printer: 'Prusa MK4S',
      File: 'Ada_Filament_Blue_a1b2c3.3mf',
      Submitted: 'Wed, Nov 25, 2:30 PM CST',
      Class: 'ARCH 4000 · Architecture',
      Quote: '$4.20',
      Weight: '42.0 g',
      'Print time': '3.5 hours',
    });
    expect(within(ticket).getByText('Print the rotor upright.')).toBeInTheDocument();
    expect(within(ticket).getByText('Ready to Print')).toBeInTheDocument();
    expect(within(ticket).getByText(/Printed .* at front-desk/)).toBeInTheDocument();
    expect(document.title).toBe('Ticket a1b2c3 · Ada Lovelace · PrintDesk');
  });

  it('prints with the browser’s print dialog; its buttons are hidden on paper', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const user = userEvent.setup();
    renderTicket();
    const button = await screen.findByRole('button', { name: 'Print ticket' });
    expect(button.parentElement).toHaveClass('print:hidden');
    await user.click(button);
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says so when there is no such job', async () => {
    renderTicket(() => apiError(404, 'not_found', 'There is no such job.'));
    expect(await screen.findByRole('alert')).toHaveTextContent('No such jobThere is no such job.');
    expect(screen.queryByRole('button', { name: 'Print ticket' })).not.toBeInTheDocument();
  });
});
