import { fetchJson, postFormWithProgress, type UploadOptions } from '@/lib/api';

export type ModelKind = 'stl' | 'obj' | '3mf';

/** What the upload service measured in the model file. */
export interface ModelAnalysis {
  triangles: number;
  volume_mm3: number | null;
  bbox_mm: [number, number, number];
  watertight: boolean | null;
}

export interface UploadedModel {
  upload_id: string;
  filename: string;
  size_bytes: number;
  sha256: string;
  kind: ModelKind;
  /** Absent or null when the file could not be analysed. */
  analysis?: ModelAnalysis | null;
}

export interface NewSubmission {
  student_name: string;
  student_email: string;
  upload_id: string;
}

export interface SubmissionReceipt {
  job_id: string;
  short_id: string;
  status: string;
}

/** Upload a model file (`POST /uploads`, multipart field `file`) with progress. */
export function uploadModel(file: File, options: UploadOptions = {}): Promise<UploadedModel> {
  const form = new FormData();
  form.append('file', file, file.name);
  return postFormWithProgress<UploadedModel>('/uploads', form, options);
}

/** Turn an uploaded model into a print job for the student. */
export function createSubmission(submission: NewSubmission): Promise<SubmissionReceipt> {
  return fetchJson<SubmissionReceipt>('/submissions', { method: 'POST', json: submission });
}
