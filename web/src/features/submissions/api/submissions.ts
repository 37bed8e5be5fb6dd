import { fetchJson, postFormWithProgress, type UploadOptions } from '@/lib/api';
import type { MeshAnalysis, SubmissionRequest, SubmissionResponse, UploadResponse } from '@/lib/schemas';

export type ModelKind = UploadResponse['kind'];

// The analysis fields of issue 3 (unit_warning, fits, estimates) are declared here until the files
// service's OpenAPI has it; they are optional so the page works with either answer.

/** Whether the model fits one printer's build volume. */
export interface PrinterFit {
  printer: string;
  method: string;
  fits: boolean;
}

/** Estimated weight and cost range of printing the model with one method. */
export interface CostEstimate {
  method: string;
  grams: number;
  cost_low: string;
  cost_high: string;
  currency: string;
}

/** What the upload service measured in the model file. */
export type ModelAnalysis = MeshAnalysis & {
  /** The model is suspiciously small ("inches") or large ("metres") for millimetres. */
  unit_warning?: 'inches' | 'metres' | null;
  fits?: PrinterFit[];
  estimates?: CostEstimate[];
};

/** `analysis` is null when the file could not be measured. */
export type UploadedModel = Omit<UploadResponse, 'analysis'> & { analysis: ModelAnalysis | null };

export type NewSubmission = SubmissionRequest;

/** `tracking_url` is the student's status page (also in the "received" e-mail). */
export type SubmissionReceipt = SubmissionResponse;

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
