import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api';
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
  analysis: { triangles: 12, volume_mm3: 1000, bbox_mm: [10, 10, 10], watertight: true },
};

const stlFile = (name = 'cube.stl', bytes = 684) => new File([new Uint8Array(bytes)], name);

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Full name'), 'Ada Lovelace');
  await user.type(screen.getByLabelText(/E-mail address/), 'ada@uni.example');
  await user.upload(screen.getByLabelText('3D model file'), stlFile());
  await screen.findByText('Uploaded cube.stl');
}

beforeEach(() => {
  resetNavigation('/submit');
  vi.mocked(uploadModel).mockReset().mockResolvedValue(uploaded);
  vi.mocked(createSubmission).mockReset();
});

describe('SubmitForm', () => {
  it('shows a message for every missing field and focuses the first one', async () => {
    const user = userEvent.setup();
    render(<SubmitForm />);

    await user.click(screen.getByRole('button', { name: 'Submit print request' }));

    expect(screen.getByText('Enter your full name.')).toBeInTheDocument();
    expect(screen.getByText('Enter your e-mail address.')).toBeInTheDocument();
    expect(screen.getByText('Choose your model file.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Full name')).toHaveFocus());
    expect(screen.getByLabelText('Full name')).toHaveAttribute('aria-invalid', 'true');
    expect(createSubmission).not.toHaveBeenCalled();
  });

  it('rejects a one-letter name and a malformed e-mail, focusing the e-mail when the name is fine', async () => {
    const user = userEvent.setup();
    render(<SubmitForm />);

    await user.type(screen.getByLabelText('Full name'), 'A');
    await user.type(screen.getByLabelText(/E-mail address/), 'ada@uni');
    await user.click(screen.getByRole('button', { name: 'Submit print request' }));
    expect(screen.getByText('Your name must be at least 2 characters.')).toBeInTheDocument();
    expect(screen.getByText('Enter an e-mail address like name@university.edu.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Full name'), 'da');
    expect(screen.queryByText('Your name must be at least 2 characters.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit print request' }));
    await waitFor(() => expect(screen.getByLabelText(/E-mail address/)).toHaveFocus());
  });

  it('refuses a file of the wrong type without uploading it', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<SubmitForm />);

    await user.upload(screen.getByLabelText('3D model file'), stlFile('drawing.pdf'));

    expect(await screen.findByText('Choose an .stl, .obj or .3mf file.')).toBeInTheDocument();
    expect(uploadModel).not.toHaveBeenCalled();
  });

  it('refuses a file over 50 MB without uploading it', async () => {
    const user = userEvent.setup();
    render(<SubmitForm />);
    const huge = stlFile('big.stl', 1);
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 + 1 });

    await user.upload(screen.getByLabelText('3D model file'), huge);

    expect(await screen.findByText('That file is larger than 50 MB.')).toBeInTheDocument();
    expect(uploadModel).not.toHaveBeenCalled();
  });

  it('uploads the file as soon as it is chosen, with a progress bar and a cancel button', async () => {
    const upload = deferred<UploadedModel>();
    vi.mocked(uploadModel).mockImplementation((_file, options) => {
      options?.onProgress?.(0.4);
      return upload.promise;
    });
    const user = userEvent.setup();
    render(<SubmitForm />);

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
    render(<SubmitForm />);
    await user.type(screen.getByLabelText('Full name'), 'Ada Lovelace');
    await user.type(screen.getByLabelText(/E-mail address/), 'ada@uni.example');
    await user.upload(screen.getByLabelText('3D model file'), stlFile());

    await user.click(screen.getByRole('button', { name: 'Submit print request' }));

    expect(screen.getByText('Please wait until the upload has finished.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel upload' })).toHaveFocus());
    expect(createSubmission).not.toHaveBeenCalled();
  });

  it('shows what was uploaded: size, dimensions and triangle count', async () => {
    const user = userEvent.setup();
    render(<SubmitForm />);

    await user.upload(screen.getByLabelText('3D model file'), stlFile());

    expect(await screen.findByText('Uploaded cube.stl')).toBeInTheDocument();
    expect(screen.getByText('684 bytes')).toBeInTheDocument();
    expect(screen.getByText('10 × 10 × 10 mm')).toBeInTheDocument();
    expect(screen.getByText('12')).toBeInTheDocument();
  });

  it('disables the submit button while sending, then opens the success page with the Job ID', async () => {
    const sending = deferred<SubmissionReceipt>();
    vi.mocked(createSubmission).mockReturnValue(sending.promise);
    const user = userEvent.setup();
    render(<SubmitForm />);
    await fillValidForm(user);

    await user.click(screen.getByRole('button', { name: 'Submit print request' }));

    const button = screen.getByRole('button', { name: 'Sending request…' });
    expect(button).toBeDisabled();
    expect(createSubmission).toHaveBeenCalledWith({
      student_name: 'Ada Lovelace',
      student_email: 'ada@uni.example',
      upload_id: uploaded.upload_id,
    });
    sending.resolve({ job_id: 'f'.repeat(32), short_id: 'a1b2c3', status: 'UPLOADED' });
    await waitFor(() => expect(router.push).toHaveBeenCalledWith('/submit/success?job=a1b2c3'));
  });

  it('shows the server message and its per-field messages next to the fields', async () => {
    vi.mocked(createSubmission).mockRejectedValue(
      new ApiError(422, 'validation_error', 'Please check the highlighted fields.', {
        student_email: 'not a valid e-mail',
      }),
    );
    const user = userEvent.setup();
    render(<SubmitForm />);
    await fillValidForm(user);

    await user.click(screen.getByRole('button', { name: 'Submit print request' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Please check the highlighted fields.');
    const email = screen.getByLabelText(/E-mail address/);
    expect(email).toHaveAccessibleDescription(expect.stringContaining('not a valid e-mail'));
    await waitFor(() => expect(email).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Submit print request' })).toBeEnabled();
  });
});
