import { fetchJson } from '@/lib/api';
import type { CreateWorkstationRequest, UpdateWorkstationRequest, Workstation, WorkstationList } from '@/lib/schemas';

export type WorkstationAccount = Workstation;

export type NewWorkstation = Omit<CreateWorkstationRequest, 'staff_name'>;

/** One change at a time: rename, new password, admin flag, or enabled/disabled. */
export type WorkstationChange =
  | { new_name: string }
  | { password: string }
  | { is_admin: boolean }
  | { is_active: boolean };

export function listWorkstations(signal?: AbortSignal): Promise<WorkstationList> {
  return fetchJson<WorkstationList>('/workstations', { signal });
}

export function createWorkstation(workstation: NewWorkstation, staffName: string): Promise<WorkstationAccount> {
  return fetchJson<WorkstationAccount>('/workstations', {
    method: 'POST',
    json: { ...workstation, staff_name: staffName } satisfies CreateWorkstationRequest,
  });
}

export function changeWorkstation(name: string, change: WorkstationChange, staffName: string): Promise<WorkstationAccount> {
  return fetchJson<WorkstationAccount>(`/workstations/${encodeURIComponent(name)}`, {
    method: 'PATCH',
    json: { ...change, staff_name: staffName } satisfies UpdateWorkstationRequest,
  });
}
