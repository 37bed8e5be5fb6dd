import { fetchJson, postFormWithProgress, type UploadOptions } from '@/lib/api';
import type { MeshAnalysis, SubmissionRequest, SubmissionResponse, UploadResponse } from '@/lib/schemas';

export type ModelKind = UploadResponse['kind'];

/** What the upload service measured in the model file. */
export type ModelAnalysis = MeshAnalysis;

/** `analysis` is null when the file could not be measured. */
export type UploadedModel = UploadResponse;

export type NewSubmission = SubmissionRequest;

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
