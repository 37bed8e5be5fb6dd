import { expect, type APIRequestContext } from '@playwright/test';
import { binaryStlCube } from './stl';

/** A job submitted through the public API, as the specs that start from an existing job need one. */
export interface SubmittedJob {
  jobId: string;
  shortId: string;
  studentName: string;
  studentEmail: string;
  trackingUrl: string;
}

/** The form's choices a spec may change (the rest is the student's identity and the consents). */
export interface FormChoices {
  discipline?: string;
  class_number?: string;
  print_method?: string;
  color?: string;
  printer?: string;
}

/**
 * Uploads a cube (`cubeMm` on a side) and submits the seed catalog's form for a new student, through the
 * public API; `choices` replace the default discipline, class, method, colour and printer.
 */
export async function submitJobViaApi(
  request: APIRequestContext,
  first: string,
  last: string,
  email: string,
  choices: FormChoices = {},
  cubeMm = 20,
): Promise<SubmittedJob> {
  const upload = await request.post('/api/v1/uploads', {
    multipart: { file: { name: 'cube.stl', mimeType: 'model/stl', buffer: binaryStlCube(cubeMm) } },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const { upload_id: uploadId } = (await upload.json()) as { upload_id: string };

  const submission = await request.post('/api/v1/submissions', {
    data: {
      student_first_name: first,
      student_last_name: last,
      student_email: email,
      discipline: 'Engineering',
      class_number: 'ENGR 1010',
      print_method: 'Filament',
      color: 'True Red',
      printer: 'Prusa MK4S',
      scaling_confirmed: true,
      min_charge_consent: true,
      upload_id: uploadId,
      ...choices,
    },
  });
  expect(submission.status(), await submission.text()).toBe(201);
  const job = (await submission.json()) as { job_id: string; short_id: string; status: string; tracking_url: string };
  expect(job.status).toBe('UPLOADED');
  return { jobId: job.job_id, shortId: job.short_id, studentName: `${first} ${last}`, studentEmail: email, trackingUrl: job.tracking_url };
}
