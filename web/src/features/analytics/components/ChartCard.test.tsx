import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartCard } from './ChartCard';

const rows = [
  { reason: 'Walls, too thin', count: 2 },
  { reason: 'Unsupported overhangs', count: 1 },
];
const columns = [
  { label: 'Reason', value: (r: (typeof rows)[number]) => r.reason },
  { label: 'Rejections', value: (r: (typeof rows)[number]) => r.count },
];

describe('ChartCard', () => {
  it('is a figure named by its title, with its caption and a data table of its rows', () => {
    render(
      <ChartCard title="Rejection reasons" caption="Reasons ticked, most used first." columns={columns} rows={rows}
        range={{ from: '2026-02-01', to: '2026-02-28' }}>
        <svg data-testid="chart" />
      </ChartCard>,
    );
    const figure = screen.getByRole('figure', { name: 'Rejection reasons' });
    expect(figure).toHaveAccessibleDescription('Reasons ticked, most used first.');
    expect(screen.getByTestId('chart').parentElement).toHaveAttribute('aria-hidden', 'true');
    const table = within(figure).getByRole('table', { name: 'Rejection reasons' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'ReasonRejections', 'Walls, too thin2', 'Unsupported overhangs1',
    ]);
  });

  it('says when there is nothing to draw, and still offers the (empty) table', () => {
    render(
      <ChartCard title="Revenue per day" caption="Payments per day." columns={columns} rows={[]}
        range={{ from: '2026-02-01', to: '2026-02-28' }}>
        <svg data-testid="chart" />
      </ChartCard>,
    );
    expect(screen.getByText('No data for this period and these filters.')).toBeInTheDocument();
    expect(screen.queryByTestId('chart')).toBeNull();
    expect(screen.getByRole('cell', { name: 'No rows.' })).toBeInTheDocument();
  });

  it('downloads exactly its rows as CSV, named after the chart and the range', async () => {
    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:csv';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(
      <ChartCard title="Rejection reasons" caption="Reasons." columns={columns} rows={rows}
        range={{ from: '2026-02-01', to: '2026-02-28' }}>
        <svg />
      </ChartCard>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV: Rejection reasons' }));
    expect(names).toEqual(['analytics-rejection-reasons-2026-02-01_2026-02-28.csv']);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark spreadsheets look for
    expect(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)).toBe(
      'Reason,Rejections\r\n"Walls, too thin",2\r\nUnsupported overhangs,1\r\n',
    );
  });
});
