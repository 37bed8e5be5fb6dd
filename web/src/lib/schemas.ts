// The wire shapes of the PrintDesk API, taken from the types generated from each service's OpenAPI
// (src/lib/generated, `npm run gen:api`). Features import their types from here, never by hand.
import type { components as Auth } from './generated/auth';
import type { components as Files } from './generated/files';
import type { components as Jobs } from './generated/jobs';

export type JobStatus = Jobs['schemas']['JobStatus'];
export type JobSummary = Jobs['schemas']['JobSummary'];
export type JobList = Jobs['schemas']['JobList'];
export type SubmissionRequest = Jobs['schemas']['SubmissionRequest'];
export type SubmissionResponse = Jobs['schemas']['SubmissionResponse'];

export type UploadResponse = Files['schemas']['UploadResponse'];
export type MeshAnalysis = Files['schemas']['MeshAnalysis'];

export type LoginRequest = Auth['schemas']['LoginRequest'];
export type LoginResponse = Auth['schemas']['LoginResponse'];
export type Me = Auth['schemas']['Me'];
