import { csvField, csvFileName, toCsv, type CsvColumn } from './csv';

describe('csvField', () => {
  it('writes plain text and numbers as they are', () => {
    expect(csvField('Prusa XL')).toBe('Prusa XL');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(0)).toBe('0');
  });

  it('leaves missing values empty', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('Walls, too thin')).toBe('"Walls, too thin"');
    expect(csvField('the "XL"')).toBe('"the ""XL"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
  });

  it('keeps spreadsheets from running text as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-rf')).toBe("'-rf");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('toCsv', () => {
  interface Row {
    day: string;
    count: number;
    note: string | null;
  }
  const columns: CsvColumn<Row>[] = [
    { label: 'Day', value: (r) => r.day },
    { label: 'Jobs, printed', value: (r) => r.count },
    { label: 'Note', value: (r) => r.note },
  ];

  it('has a header line and one CRLF-ended line per row', () => {
    const csv = toCsv(columns, [
      { day: '2026-02-02', count: 2, note: null },
      { day: '2026-02-03', count: 0, note: 'said "hi", left' },
    ]);
    expect(csv).toBe('Day,"Jobs, printed",Note\r\n2026-02-02,2,\r\n2026-02-03,0,"said ""hi"", left"\r\n');
  });

  it('is only the header without rows', () => {
    expect(toCsv(columns, [])).toBe('Day,"Jobs, printed",Note\r\n');
  });
});

describe('csvFileName', () => {
  it('names the chart and the range', () => {
    expect(csvFileName('Revenue per day', '2026-02-01', '2026-02-28')).toBe(
      'analytics-revenue-per-day-2026-02-01_2026-02-28.csv',
    );
    expect(csvFileName('Estimated vs weighed (g)', '2026-02-01', '2026-02-28')).toBe(
      'analytics-estimated-vs-weighed-g-2026-02-01_2026-02-28.csv',
    );
  });
});
