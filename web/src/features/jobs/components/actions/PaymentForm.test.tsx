import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { testCatalog } from '@/test/catalog';
import { testDetail, testJob } from '@/test/jobs';
import { MarkPrintingForm } from './MarkPrintingForm';
import { PaymentForm } from './PaymentForm';

const completed = testDetail(testJob({ status: 'COMPLETED', cost: '4.20' }), { weight_g: '42' });

describe('PaymentForm', () => {
  it('prices the scale grams live, compares with the quote, and confirms before recording', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<PaymentForm job={completed} catalog={testCatalog} busy={false} failure={null} onSubmit={onSubmit} onCancel={vi.fn()} />);

    expect(screen.getByLabelText('Picked up by')).toHaveValue('Ada Lovelace');
    await user.type(screen.getByLabelText('Weight on the scale (g)'), '46.2');
    expect(screen.getByTestId('cost-preview')).toHaveTextContent('Final price $4.62');
    expect(screen.getByTestId('cost-preview')).toHaveTextContent('$0.42 more than the quote ($4.20)');
    await user.clear(screen.getByLabelText('Weight on the scale (g)'));
    await user.type(screen.getByLabelText('Weight on the scale (g)'), '20');
    expect(screen.getByTestId('cost-preview')).toHaveTextContent('$3.00');
    expect(screen.getByTestId('cost-preview')).toHaveTextContent('$1.20 less than the quote ($4.20)');

    await user.click(screen.getByRole('button', { name: 'Review payment' }));
    expect(screen.getByLabelText('TigerCASH transaction number')).toHaveAccessibleDescription(
      /Enter the TigerCASH transaction number\./,
    );
    await user.type(screen.getByLabelText('TigerCASH transaction number'), ' TX-77 ');
    await user.click(screen.getByRole('button', { name: 'Review payment' }));
    expect(screen.getByText('The payment is recorded and the job moves to Picked Up.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record $3.00 and hand over' }));
    expect(onSubmit).toHaveBeenCalledWith({ kind: 'payment', grams: '20', txn_no: 'TX-77', picked_up_by: 'Ada Lovelace' });
  });

  it('goes back to the form when the server refuses a field', () => {
    const failure = { kind: 'fields' as const, fields: { grams: 'Too heavy.' }, message: 'Check it.' };
    render(<PaymentForm job={completed} catalog={testCatalog} busy={false} failure={failure} onSubmit={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByLabelText('Weight on the scale (g)')).toHaveAccessibleDescription(/Too heavy\./);
  });
});

describe('MarkPrintingForm', () => {
  it('offers the printers of the job’s method, the approved one chosen', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    const ready = testDetail(testJob({ status: 'READYTOPRINT', printer: 'Prusa XL' }));
    render(<MarkPrintingForm job={ready} catalog={testCatalog} busy={false} failure={null} onSubmit={onSubmit} onCancel={vi.fn()} />);
    const select = screen.getByLabelText('Printer');
    expect(select).toHaveValue('Prusa XL');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Choose a printer…', 'Prusa MK4S', 'Prusa XL']);
    await user.selectOptions(select, 'Prusa MK4S');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    await user.click(screen.getByRole('button', { name: 'Start printing on Prusa MK4S' }));
    expect(onSubmit).toHaveBeenCalledWith({ kind: 'mark-printing', printer: 'Prusa MK4S' });
  });
});
