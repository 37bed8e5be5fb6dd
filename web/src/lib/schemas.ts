// The wire shapes of the PrintDesk API, taken from the types generated from each service's OpenAPI
// (src/lib/generated, `npm run gen:api`). Features import their types from here, never by hand.
import type { components as Auth } from './generated/auth';
import type { components as Files } from './generated/files';
import type { components as Jobs } from './generated/jobs';
import type { components as Notify } from './generated/notify';

export type JobStatus = Jobs['schemas']['JobStatus'];
export type JobSummary = Jobs['schemas']['JobSummary'];
export type JobList = Jobs['schemas']['JobList'];
export type JobDetail = Jobs['schemas']['JobDetail'];
export type JobEventItem = Jobs['schemas']['JobEventItem'];
export type JobEventList = Jobs['schemas']['JobEventList'];
export type LockInfo = Jobs['schemas']['LockInfo'];
export type PaymentInfo = Jobs['schemas']['PaymentInfo'];
export type ApproveRequest = Jobs['schemas']['ApproveRequest'];
export type RejectRequest = Jobs['schemas']['RejectRequest'];
export type ReviewRequest = Jobs['schemas']['ReviewRequest'];
export type MarkPrintingRequest = Jobs['schemas']['MarkPrintingRequest'];
export type PaymentRequest = Jobs['schemas']['PaymentRequest'];
export type NotesRequest = Jobs['schemas']['NotesRequest'];
export type StaffActionRequest = Jobs['schemas']['StaffActionRequest'];
export type SubmissionRequest = Jobs['schemas']['SubmissionRequest'];
export type SubmissionResponse = Jobs['schemas']['SubmissionResponse'];

export type Catalog = Jobs['schemas']['Catalog'];
export type PrintMethod = Jobs['schemas']['PrintMethod-Output'];
export type CatalogPrinter = Jobs['schemas']['Printer'];

export type Tracking = Jobs['schemas']['Tracking'];
export type TrackingJob = Jobs['schemas']['TrackingJob'];
export type TrackingStep = Jobs['schemas']['TrackingStep'];
export type TrackingQuote = Jobs['schemas']['TrackingQuote'];
export type TrackingQueue = Jobs['schemas']['TrackingQueue'];
export type TrackingRejection = Jobs['schemas']['TrackingRejection'];

export type ConfirmationView = Jobs['schemas']['ConfirmationView'];
export type ConfirmResendRequest = Jobs['schemas']['ConfirmResendRequest'];
export type ConfirmResendAccepted = Jobs['schemas']['ConfirmResendAccepted'];

export type UploadResponse = Files['schemas']['UploadResponse'];
export type MeshAnalysis = Files['schemas']['MeshAnalysis'];
export type JobCandidates = Files['schemas']['JobCandidates'];
export type CandidateFile = Files['schemas']['CandidateFile'];
export type OpenLink = Files['schemas']['OpenLink'];

export type LoginRequest = Auth['schemas']['LoginRequest'];
export type LoginResponse = Auth['schemas']['LoginResponse'];
export type Me = Auth['schemas']['Me'];

export type StaffMember = Auth['schemas']['StaffMember'];
export type StaffList = Auth['schemas']['StaffList'];
export type AddStaffMemberRequest = Auth['schemas']['AddStaffMemberRequest'];
export type UpdateStaffMemberRequest = Auth['schemas']['UpdateStaffMemberRequest'];
export type Workstation = Auth['schemas']['Workstation'];
export type WorkstationList = Auth['schemas']['WorkstationList'];
export type CreateWorkstationRequest = Auth['schemas']['CreateWorkstationRequest'];
export type UpdateWorkstationRequest = Auth['schemas']['UpdateWorkstationRequest'];

export type RetentionRequest = Jobs['schemas']['RetentionRequest'];
export type RetentionReportBody = Jobs['schemas']['RetentionReportBody'];
export type RetentionSkip = Jobs['schemas']['RetentionSkip'];
export type RetentionSchedule = Jobs['schemas']['RetentionSchedule'];

export type NotificationSummary = Notify['schemas']['NotificationSummary'];
export type NotificationList = Notify['schemas']['NotificationList'];
export type NotificationResendRequest = Notify['schemas']['NotificationResendRequest'];
export type NotificationTestRequest = Notify['schemas']['NotificationTestRequest'];
