import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, json, mockFetch } from '@/test/fetch-mock';
import type { ConfirmationView } from '../api/confirmation';
import type { LabInfo } from '../format';
import { ConfirmationScreen } from './ConfirmationScreen';

const TOKEN = 'cnf_abcdefgh12345';
const VIEW_PATH = `/api/v1/confirm/${TOKEN}`;

const view: ConfirmationView = {
  state: 'open',
  short_id: 'a1b2c3',
  status: 'PENDING',
  original_filename: 'bracket_v3_final.stl',
  print_method: 'Filament',
  color: 'Forest Green',
  printer: 'Prusa MK4S',
  weight_g: '42.50',
  time_hours: '0.75',
  cost: '4.56',
  expires_at: '2026-11-28T15:00:00Z',
};

const lab: LabInfo = {
  labName: 'Fabrication Lab',
  timeZone: 'America/Chicago',
  currency: 'USD',
  minimumCharge: '3.00',
  paymentMethod: 'TigerCASH',
  pickupLocation: 'room 145 Atkinson',
  pickupHours: 'Monday–Friday 8:30–4:30',
  pricePerGram: { Filament: '0.10' },
};

afterEach(() => vi.unstubAllGlobals());

const confirmButton = () => screen.getByRole('button', { name: 'Confirm and add to the print queue' });

describe('ConfirmationScreen', () => {
  it('shows the job and the quote in the lab’s words and time zone, and changes nothing on load', async () => {
    const fetchMock = mockFetch({ [`GET ${VIEW_PATH}`]: () => json(view) });
    render(<ConfirmationScreen token={TOKEN} lab={lab} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your print' })).toBeInTheDocument();
    expect(screen.getByText('a1b2c3')).toBeInTheDocument();
    const print = screen.getByRole('region', { name: 'Your print' });
    expect(print).toHaveTextContent('Filebracket_v3_final.stl');
    expect(print).toHaveTextContent('Print methodFilament');
    expect(print).toHaveTextContent('ColourForest Green');
    expect(print).toHaveTextContent('PrinterPrusa MK4S');
    const quote = screen.getByRole('region', { name: 'Quote' });
    expect(within(quote).getByTestId('quote-cost')).toHaveTextContent('$4.56');
    expect(quote).toHaveTextContent('Estimated weight42.5 g');
    expect(quote).toHaveTextContent('Printing timeabout 45 minutes');
    expect(quote).toHaveTextContent('$0.10 per gram for Filament, with a minimum charge of $3.00');
    expect(quote).toHaveTextContent('on the scale when you pick it up, and you pay with TigerCASH');
    expect(screen.getByRole('region', { name: 'Happy with the quote?' })).toHaveTextContent(
      'This link works once, until Sat, Nov 28, 9:00 AM CST.',
    );
    expect(confirmButton()).toBeEnabled();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![1]!.method ?? 'GET').toBe('GET');
  });

  it('confirms once however often the button is clicked, then announces the result and moves focus to it', async () => {
    let release!: () => void;
    const posted = new Promise<void>((resolve) => (release = resolve));
    const fetchMock = mockFetch({
      [`GET ${VIEW_PATH}`]: () => json(view),
      [`POST ${VIEW_PATH}`]: async () => {
        await posted;
        return json({ ...view, state: 'confirmed', status: 'READYTOPRINT' });
      },
    });
    const user = userEvent.setup();
    render(<ConfirmationScreen token={TOKEN} lab={lab} />);
    await screen.findByRole('heading', { name: 'Confirm your print' });

    await user.dblClick(confirmButton());
    await user.click(confirmButton());
    expect(confirmButton()).toBeDisabled();
    await act(async () => release());

    const result = await screen.findByTestId('confirmed');
    expect(result).toHaveFocus();
    expect(result).toHaveTextContent('Confirmed — your print is in the queue');
    expect(result).toHaveTextContent('We send you an e-mail when it is ready for pickup at room 145 Atkinson');
    expect(screen.getByTestId('announcer')).toHaveTextContent('Confirmed. Your print is now in the print queue.');
    expect(screen.queryByRole('button', { name: 'Confirm and add to the print queue' })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(1);
  });

  it('says a used link was already confirmed, with the status now', async () => {
    mockFetch({ [`GET ${VIEW_PATH}`]: () => json({ ...view, state: 'used', status: 'PRINTING' }) });
    render(<ConfirmationScreen token={TOKEN} lab={lab} />);

    const used = await screen.findByTestId('used');
    expect(within(used).getByRole('heading', { name: 'You already confirmed this print' })).toBeInTheDocument();
    expect(within(used).getByTestId('current-status')).toHaveTextContent('Printing');
    expect(screen.queryByRole('button', { name: 'Confirm and add to the print queue' })).not.toBeInTheDocument();
  });

  it('shows "already confirmed" when the link was used in another tab meanwhile (409)', async () => {
    mockFetch({
      [`GET ${VIEW_PATH}`]: () => json(view),
      [`POST ${VIEW_PATH}`]: () =>
        apiError(409, 'conflict', 'This confirmation link was already used.', { current_status: 'READYTOPRINT' }),
    });
    render(<ConfirmationScreen token={TOKEN} lab={lab} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Confirm and add to the print queue' }));

    const used = await screen.findByTestId('used');
    expect(used).toHaveFocus();
    expect(within(used).getByTestId('current-status')).toHaveTextContent('In the print queue');
  });

  it('offers a new link for an expired one, then shows the server’s message', async () => {
    const fetchMock = mockFetch({
      [`GET ${VIEW_PATH}`]: () => json({ ...view, state: 'expired', expires_at: '2026-11-20T15:00:00Z' }),
      'POST /api/v1/confirm/resend': () => json({ message: 'A new confirmation link is on its way.' }, 202),
    });
    const user = userEvent.setup();
    render(<ConfirmationScreen token={TOKEN} lab={lab} />);

    const expired = await screen.findByTestId('expired');
    expect(expired).toHaveTextContent('this one ran out on Fri, Nov 20, 9:00 AM CST');
    await user.click(within(expired).getByRole('button', { name: 'Send me a new link' }));

    const result = await screen.findByTestId('resend-result');
    expect(result).toHaveFocus();
    expect(result).toHaveTextContent('A new confirmation link is on its way.');
    expect(screen.getByTestId('announcer')).toHaveTextContent('A new confirmation link is on its way.');
    expect(screen.queryByRole('button', { name: 'Send me a new link' })).not.toBeInTheDocument();
    const [, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'POST')!;
    expect(JSON.parse(String(init!.body))).toEqual({ token: TOKEN });
  });

  it('shows the server’s words when a new link was sent minutes ago (429)', async () => {
    mockFetch({
      [`GET ${VIEW_PATH}`]: () => json({ ...view, state: 'expired' }),
      'POST /api/v1/confirm/resend': () =>
        apiError(429, 'too_many_requests', 'A new link was sent a few minutes ago; please check your mailbox.'),
    });
    render(<ConfirmationScreen token={TOKEN} lab={lab} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Send me a new link' }));

    expect(await screen.findByTestId('resend-result')).toHaveTextContent('A new link was sent a few minutes ago');
  });

  it('turns a link that expired while the page was open into the expired view (410)', async () => {
    mockFetch({
      [`GET ${VIEW_PATH}`]: () => json(view),
      [`POST ${VIEW_PATH}`]: () => apiError(410, 'gone', 'This confirmation link has expired.'),
    });
    render(<ConfirmationScreen token={TOKEN} lab={lab} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Confirm and add to the print queue' }));

    expect(await screen.findByTestId('expired')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Send me a new link' })).toBeInTheDocument();
  });

  it('keeps the button after a network failure, with the reason, and lets the student try again', async () => {
    let fail = true;
    mockFetch({
      [`GET ${VIEW_PATH}`]: () => json(view),
      [`POST ${VIEW_PATH}`]: () => {
        if (fail) throw new TypeError('Failed to fetch');
        return json({ ...view, state: 'confirmed', status: 'READYTOPRINT' });
      },
    });
    const user = userEvent.setup();
    render(<ConfirmationScreen token={TOKEN} lab={lab} />);
    await user.click(await screen.findByRole('button', { name: 'Confirm and add to the print queue' }));

    const error = await screen.findByTestId('confirm-error');
    expect(error).toHaveFocus();
    expect(error).toHaveTextContent('Could not reach PrintDesk');
    fail = false;
    await user.click(confirmButton());
    expect(await screen.findByTestId('confirmed')).toBeInTheDocument();
  });

  it('explains an unknown or replaced link (404): use the newest e-mail', async () => {
    mockFetch({ [`GET ${VIEW_PATH}`]: () => apiError(404, 'not_found', 'This confirmation link is not valid.') });
    render(<ConfirmationScreen token={TOKEN} lab={lab} />);

    const invalid = await screen.findByTestId('confirm-invalid');
    expect(within(invalid).getByRole('heading', { level: 1 })).toHaveTextContent('This confirmation link doesn’t work');
    expect(invalid).toHaveTextContent('newest e-mail');
    expect(invalid).toHaveTextContent('the older links stop working');
  });

  it('offers to try again when the quote cannot be loaded', async () => {
    let fail = true;
    mockFetch({
      [`GET ${VIEW_PATH}`]: () => (fail ? apiError(503, 'unavailable', 'The jobs service is resting.') : json(view)),
    });
    const user = userEvent.setup();
    render(<ConfirmationScreen token={TOKEN} lab={lab} />);

    expect(await screen.findByRole('alert')).toHaveTextContent('The jobs service is resting.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Confirm your print' })).toBeInTheDocument();
  });

  it('waits for the lab’s catalog before showing times', async () => {
    const fetchMock = mockFetch({ [`GET ${VIEW_PATH}`]: () => json(view) });
    const { rerender } = render(<ConfirmationScreen token={TOKEN} labPending />);
    await act(async () => {}); // the view has loaded by now
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Loading your quote…');
    rerender(<ConfirmationScreen token={TOKEN} lab={lab} />);
    expect(screen.getByRole('heading', { name: 'Confirm your print' })).toBeInTheDocument();
  });
});
