import { fetchJson } from '@/lib/api';
import type { AddStaffMemberRequest, StaffList, StaffMember, UpdateStaffMemberRequest } from '@/lib/schemas';

export type { StaffMember };
export type StaffRoster = StaffList;

/** The roster: only active members unless `includeInactive` (which the history needs). */
export function listStaff(includeInactive: boolean, signal?: AbortSignal): Promise<StaffRoster> {
  return fetchJson<StaffRoster>(`/staff?include_inactive=${includeInactive}`, { signal });
}

/** Add a member (admin). `staffName` is who performs the action, from the picker. */
export function addStaffMember(name: string, staffName: string): Promise<StaffMember> {
  return fetchJson<StaffMember>('/staff', { method: 'POST', json: { name, staff_name: staffName } satisfies AddStaffMemberRequest });
}

/** Deactivate or reactivate a member (admin); members are never deleted. */
export function setStaffMemberActive(name: string, isActive: boolean, staffName: string): Promise<StaffMember> {
  return fetchJson<StaffMember>(`/staff/${encodeURIComponent(name)}`, {
    method: 'PATCH',
    json: { is_active: isActive, staff_name: staffName } satisfies UpdateStaffMemberRequest,
  });
}
