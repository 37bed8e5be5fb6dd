import type { components } from '@/lib/generated/jobs';

/*
 * `GET /api/v1/<service>/diag` (admin): every service answers the same shape
 * (contracts/src/printdesk/contracts/api/ops.py, ServiceDiag), so the jobs service's
 * generated types stand for all four.
 */
type Ops = components['schemas'];

export type ServiceDiag = Ops['ServiceDiag'];
export type PartStatus = ServiceDiag['status'];
export type DatabaseDiag = Ops['DatabaseDiag'];
export type NatsDiag = Ops['NatsDiag'];
export type OutboxDiag = Ops['OutboxDiag'];
export type ConsumerDiag = Ops['ConsumerDiag'];
export type SmtpDiag = Ops['SmtpDiag'];
export type StorageDiag = Ops['StorageDiag'];

/**
 * `GET /api/v1/<service>/health` (public): up/down of each part; 503 when any is down.
 * Its OpenAPI response has no schema (services/kit health.py), so this is written from the code.
 */
export interface ServiceHealth {
  service: string;
  status: 'up' | 'down';
  components: Record<string, 'up' | 'down'>;
}
