import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api';
import { testCatalog } from '@/test/catalog';
import { resetNavigation, router } from '@/test/next-navigation';
import { createSubmission, uploadModel, type SubmissionReceipt, type UploadedModel } from '../api/submissions';
import { SubmitForm } from './SubmitForm';

vi.mock('next/navigation', async () => (await import('@/test/next-navigation')).nextNavigationMock());
vi.mock('../api/submissions', () => ({ uploadModel: vi.fn(), createSubmission: vi.fn() }));

const uploaded: UploadedModel = {
  upload_id: '7d0f6c1e-0000-4000-8000-000000000001',
  filename: 'cube.stl',
  size_bytes: 684,
  sha256: 'abc',
  kind: 'stl',
  analysis: {
    triangles: 12,
    volume_mm3: 1000,
    bbox_mm: [10, 10, 10],
    watertight: true,
    unit_warning: null,
    fits: [
      { printer: 'Prusa MK4S', method: 'Filament', fits: true },
      { printer: 'Prusa XL', method: 'Filament', fits: true },
      { printer: 'Formlabs Form 3', method: 'Resin', fits: true },
    ],
    estimates: [
      { method: 'Filament', grams: 0.43, cost_low: '3.00', cost_high: '3.00', currency: 'USD' },
      { method: 'Resin', grams: 1.1, cost_low: '3.00', cost_high: '4.20', currency: 'USD' },
    ],
  },
};

const stlFile = (name = 'cube.stl', bytes = 684) => new File([new Uint8Array(bytes)], name);
type User = ReturnType<typeof userEvent.setup>;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const colour = () => screen.getByRole('combobox', { name: 'Colour' });
const printer = () => screen.getByRole('combobox', { name: 'Printer' });
const submit = (user: User) => user.click(screen.getByRole('button', { name: 'Submit print request' }));

async function fillValidForm(user: User, { upload = true } = {}) {
  await user.type(screen.getByLabelText('First name'), 'Ada');
  await user.type(screen.getByLabelText('Last name'), 'Lovelace');
  await user.type(screen.getByLabelText(/E-mail address/), 'ada@uni.example');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Discipline' }), 'Engineering');
  await user.type(screen.getByLabelText(/Class number/), 'ARCH 4000');
  await user.click(screen.getByRole('radio', { name: /Filament/ }));
  await user.selectOptions(colour(), 'Blue');
  await user.selectOptions(printer(), 'Prusa MK4S');
  await user.click(screen.getByRole('checkbox', { name: /scaled to the size I want/ }));
  await user.click(screen.getByRole('checkbox', { name: /at least \$3\.00/ }));
  if (upload) {
    await user.upload(screen.getByLabelText('3D model file'), stlFile());
    await screen.findByText('Uploaded cube.stl');
  }
}

function renderForm() {
  return render(<SubmitForm catalog={testCatalog} />);
}

beforeEach(() => {
  resetNavigation('/submit');
  vi.mocked(uploadModel).mockReset().mockResolvedValue(uploaded);
  vi.mocked(createSubmission).mockReset();
});

describe('SubmitForm: fields from the catalog', () => {
  it('offers the catalog’s disciplines, methods with their descriptions, and the minimum charge', () => {
    renderForm();

    const disciplines = within(screen.getByRole('combobox', { name: 'Discipline' })).getAllByRole('option');
    expect(disciplines.map((o) => o.textContent)).toEqual(['Choose your discipline…', 'Art', 'Architecture', 'Engineering', 'Other']);
    expect(screen.getByRole('radio', { name: /Filament.*simpler models/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Resin.*Very high detail/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /every print costs at least \$3\.00/ })).toBeInTheDocument();
    expect(screen.getByText('ARCH 4000 or N/A')).toBeInTheDocument();
    const sizes = screen.getByRole('region', { name: /Printer sizes/ });
    expect(within(sizes).getByText('250 × 210 × 220 mm')).toBeInTheDocument();
    expect(within(sizes).getByText(/9\.84 × 8\.27 × 8\.66 in/)).toBeInTheDocument();
  });

  it('keeps colour and printer disabled until a method is chosen, then offers only that method’s', async () => {
    const user = userEvent.setup();
    renderForm();
    expect(colour()).toBeDisabled();
    expect(printer()).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: /Resin/ }));

    expect(colour()).toBeEnabled();
    expect(within(colour()).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose a colour…',
      'Black',
      'White',
      'Gray',
      'Clear',
    ]);
    expect(within(printer()).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(['', 'Formlabs Form 3']);
  });

  it('resets the printer, and a colour the new method lacks, when the method changes', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole('radio', { name: /Filament/ }));
    await user.selectOptions(colour(), 'Blue');
    await user.selectOptions(printer(), 'Prusa XL');

    await user.click(screen.getByRole('radio', { name: /Resin/ }));
    expect(colour()).toHaveValue('');
    expect(printer()).toHaveValue('');

    await user.selectOptions(colour(), 'Clear');
    await user.click(screen.getByRole('radio', { name: /Filament/ }));
    expect(colour()).toHaveValue('Clear'); // both methods offer Clear
    expect(printer()).toHaveValue('');
  });
});

describe('SubmitForm: validation', () => {
  it('shows a message for every missing field, a summary, and focuses the first one', async () => {
    const user = userEvent.setup();
    renderForm();

    await submit(user);

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Please fix these 11 before sending');
    expect(screen.getByText('Enter your first name.')).toBeInTheDocument();
    expect(screen.getByText('Enter your e-mail address.')).toBeInTheDocument();
    expect(screen.getByText('Choose your discipline.')).toBeInTheDocument();
    expect(screen.getByText('Enter your class number, or N/A if this print is not for a class.')).toBeInTheDocument();
    expect(screen.getByText('Choose a print method.')).toBeInTheDocument();
    expect(screen.getByText('Choose your model file.')).toBeInTheDocument();
    expect(screen.getByText('Confirm that your model is scaled in millimetres.')).toBeInTheDocument();
    expect(screen.getByText('Accept the $3.00 minimum charge to send the request.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('First name')).toHaveFocus());
    expect(screen.getByLabelText('First name')).toHaveAttribute('aria-invalid', 'true');

    await user.click(within(summary).getByRole('button', { name: 'Print method' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: /Filament/ })).toHaveFocus());
    expect(createSubmission).not.toHaveBeenCalled();
  });

  it('checks the e-mail address when the field is left, and a one-letter name on submit', async () => {
    const user = userEvent.setup();
    renderForm();

    await user.type(screen.getByLabelText(/E-mail address/), 'ada@uni');
    await user.tab();
    expect(screen.getByText('Enter an e-mail address like name@university.edu.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('First name'), 'A');
    await submit(user);
    expect(screen.getByText('Your first name must be at least 2 characters.')).toBeInTheDocument();
  });

  it('refuses a file of the wrong type without uploading it', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderForm();

    await user.upload(screen.getByLabelText('3D model file'), stlFile('drawing.pdf'));

    expect(await screen.findByText('Choose an .stl, .obj or .3mf file.')).toBeInTheDocument();
    expect(uploadModel).not.toHaveBeenCalled();
  });

  it('refuses a file over 50 MB without uploading it', async () => {
    const user = userEvent.setup();
    renderForm();
    const huge = stlFile('big.stl', 1);
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 + 1 });

    await user.upload(screen.getByLabelText('3D model file'), huge);

    expect(await screen.findByText('That file is larger than 50 MB.')).toBeInTheDocument();
    expect(uploadModel).not.toHaveBeenCalled();
  });
});

describe('SubmitForm: upload and analysis', () => {
  it('uploads the file as soon as it is chosen, with a progress bar and a cancel button', async () => {
    const upload = deferred<UploadedModel>();
    vi.mocked(uploadModel).mockImplementation((_file, options) => {
      options?.onProgress?.(0.4);
      return upload.promise;
    });
    const user = userEvent.setup();
    renderForm();

    await user.upload(screen.getByLabelText('3D model file'), stlFile());

    expect(uploadModel).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('progressbar', { name: 'Uploading cube.stl' })).toHaveAttribute('aria-valuenow', '40');
    await user.click(screen.getByRole('button', { name: 'Cancel upload' }));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByLabelText('3D model file')).toBeInTheDocument();
  });

  it('asks the student to wait when they submit during the upload', async () => {
    vi.mocked(uploadModel).mockReturnValue(new Promise(() => {}));
    const user = userEvent.setup();
    renderForm();
    await fillValidForm(user, { upload: false });
    await user.upload(screen.getByLabelText('3D model file'), stlFile());

    await submit(user);

    expect(screen.getAllByText(/Please wait until the upload has finished\./).length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel upload' })).toHaveFocus());
    expect(createSubmission).not.toHaveBeenCalled();
  });

  it('shows what was measured, and the fitting printers and estimate of the chosen method', async () => {
    const user = userEvent.setup();
    renderForm();

    await user.upload(screen.getByLabelText('3D model file'), stlFile());
    const panel = await screen.findByTestId('model-analysis');
    expect(within(panel).getByText('10 × 10 × 10 mm')).toBeInTheDocument();
    expect(within(panel).getByText('0.39 × 0.39 × 0.39 in')).toBeInTheDocument();
    expect(within(panel).getByText('1 cm³')).toBeInTheDocument();
    expect(within(panel).getByText('12')).toBeInTheDocument();
    expect(within(panel).getByText('Yes')).toBeInTheDocument();
    expect(screen.getByText('684 bytes', { exact: false })).toBeInTheDocument();
    // No method yet: every method's estimate.
    expect(within(panel).getAllByTestId('estimate')).toHaveLength(2);
    expect(screen.queryAllByTestId('analysis-warning')).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: /Resin/ }));
    expect(within(panel).getByRole('heading', { name: 'Fit on the Resin printers' })).toBeInTheDocument();
    expect(within(panel).getByText('Formlabs Form 3')).toBeInTheDocument();
    expect(within(panel).queryByText('Prusa MK4S')).not.toBeInTheDocument();
    const [estimate] = within(panel).getAllByTestId('estimate');
    expect(estimate).toHaveTextContent('about 1.1 g, costing $3.00 – $4.20');
  });

  it('warns in plain words about inches, holes, and a model too big for the chosen method', async () => {
    vi.mocked(uploadModel).mockResolvedValue({
      ...uploaded,
      analysis: {
        ...uploaded.analysis!,
        bbox_mm: [0.4, 0.4, 0.4],
        watertight: false,
        volume_mm3: null,
        unit_warning: 'inches',
        fits: [
          { printer: 'Prusa MK4S', method: 'Filament', fits: true },
          { printer: 'Formlabs Form 3', method: 'Resin', fits: false },
        ],
      },
    });
    const user = userEvent.setup();
    renderForm();
    await user.upload(screen.getByLabelText('3D model file'), stlFile());
    await screen.findByTestId('model-analysis');

    let warnings = screen.getAllByTestId('analysis-warning').map((w) => w.textContent);
    expect(warnings).toEqual([
      expect.stringMatching(/tiny \(0\.4 × 0\.4 × 0\.4 mm\).*probably modelled in inches/),
      expect.stringMatching(/not watertight/),
    ]);
    expect(screen.getByText('No — it has holes')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Resin/ }));
    warnings = screen.getAllByTestId('analysis-warning').map((w) => w.textContent);
    expect(warnings[2]).toMatch(/does not fit any Resin printer/);
    await user.click(screen.getByRole('radio', { name: /Filament/ }));
    expect(screen.getAllByTestId('analysis-warning')).toHaveLength(2);
  });

  it('says when a model is probably in metres', async () => {
    vi.mocked(uploadModel).mockResolvedValue({
      ...uploaded,
      analysis: { ...uploaded.analysis!, bbox_mm: [2500, 2000, 1000], unit_warning: 'metres' },
    });
    const user = userEvent.setup();
    renderForm();
    await user.upload(screen.getByLabelText('3D model file'), stlFile());

    expect(await screen.findByTestId('analysis-warning')).toHaveTextContent(/huge.*probably modelled in metres/);
  });
});

describe('SubmitForm: sending', () => {
  it('sends every field, then opens the success page with the Job ID and the tracking path', async () => {
    const sending = deferred<SubmissionReceipt>();
    vi.mocked(createSubmission).mockReturnValue(sending.promise);
    const user = userEvent.setup();
    renderForm();
    await fillValidForm(user);

    await submit(user);

    expect(screen.getByRole('button', { name: 'Sending request…' })).toBeDisabled();
    expect(createSubmission).toHaveBeenCalledWith({
      student_first_name: 'Ada',
      student_last_name: 'Lovelace',
      student_email: 'ada@uni.example',
      discipline: 'Engineering',
      class_number: 'ARCH 4000',
      print_method: 'Filament',
      color: 'Blue',
      printer: 'Prusa MK4S',
      scaling_confirmed: true,
      min_charge_consent: true,
      upload_id: uploaded.upload_id,
    });
    sending.resolve({
      job_id: 'f'.repeat(32),
      short_id: 'a1b2c3',
      status: 'UPLOADED',
      tracking_token: 'tok_abcdefgh12345',
      tracking_url: 'https://printdesk.example.edu/track/tok_abcdefgh12345',
    });
    await waitFor(() =>
      expect(router.push).toHaveBeenCalledWith('/submit/success?job=a1b2c3&track=%2Ftrack%2Ftok_abcdefgh12345'),
    );
  });

  it('builds the tracking path from the token when the link is not one of our tracking pages', async () => {
    vi.mocked(createSubmission).mockResolvedValue({
      job_id: 'f'.repeat(32),
      short_id: 'a1b2c3',
      status: 'UPLOADED',
      tracking_token: 'tok_abcdefgh12345',
      tracking_url: 'https://evil.example/login?track=1',
    });
    const user = userEvent.setup();
    renderForm();
    await fillValidForm(user);

    await submit(user);

    await waitFor(() =>
      expect(router.push).toHaveBeenCalledWith('/submit/success?job=a1b2c3&track=%2Ftrack%2Ftok_abcdefgh12345'),
    );
  });

  it('leaves the tracking link out when the API gives no usable one', async () => {
    vi.mocked(createSubmission).mockResolvedValue({
      job_id: 'f'.repeat(32),
      short_id: 'a1b2c3',
      status: 'UPLOADED',
      tracking_token: '',
      tracking_url: 'https://evil.example/login?track=1',
    });
    const user = userEvent.setup();
    renderForm();
    await fillValidForm(user);

    await submit(user);

    await waitFor(() => expect(router.push).toHaveBeenCalledWith('/submit/success?job=a1b2c3'));
  });

  it('puts the server’s per-field messages next to their fields and focuses the first', async () => {
    vi.mocked(createSubmission).mockRejectedValue(
      new ApiError(422, 'validation_error', 'Please check the highlighted fields.', {
        color: 'Resin has no colour "Blue".',
        class_number: 'Use at most 50 characters.',
      }),
    );
    const user = userEvent.setup();
    renderForm();
    await fillValidForm(user);

    await submit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Please check the highlighted fields.');
    expect(colour()).toHaveAccessibleDescription(expect.stringContaining('Resin has no colour "Blue".'));
    const classNumber = screen.getByLabelText(/Class number/);
    expect(classNumber).toHaveAccessibleDescription(expect.stringContaining('Use at most 50 characters.'));
    await waitFor(() => expect(classNumber).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Submit print request' })).toBeEnabled();
  });

  it('names the earlier job when the same model was already sent', async () => {
    vi.mocked(createSubmission).mockRejectedValue(
      new ApiError(409, 'duplicate_submission', 'You already submitted this file.', { existing_job_id: 'z9y8x7' }),
    );
    const user = userEvent.setup();
    renderForm();
    await fillValidForm(user);

    await submit(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You already sent this model');
    expect(alert).toHaveTextContent('You already submitted this file.');
    expect(alert).toHaveTextContent('Job ID z9y8x7');
  });

  it('shows the rate limit message', async () => {
    vi.mocked(createSubmission).mockRejectedValue(
      new ApiError(429, 'rate_limited', 'Too many submissions from this network. Try again in 20 minutes.'),
    );
    const user = userEvent.setup();
    renderForm();
    await fillValidForm(user);

    await submit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Try again in 20 minutes.');
  });
});
