import { fetchJson } from '@/lib/api';
import type {
  NotificationList,
  NotificationResendRequest,
  NotificationSummary,
  NotificationTestRequest,
} from '@/lib/schemas';

export type { NotificationSummary };
export type NotificationStatus = NotificationSummary['status'];

/** The latest e-mails, newest first. */
export function listNotifications(limit: number, signal?: AbortSignal): Promise<NotificationList> {
  return fetchJson<NotificationList>(`/notifications?limit=${limit}`, { signal });
}

/** Send a message again (admin): the API answers 202 with the new message's row. */
export function resendNotification(id: string, staffName: string): Promise<NotificationSummary> {
  return fetchJson<NotificationSummary>(`/notifications/${encodeURIComponent(id)}/resend`, {
    method: 'POST',
    json: { staff_name: staffName } satisfies NotificationResendRequest,
  });
}

/** Send a test message to any address (admin): 202 with its row. */
export function sendTestNotification(to: string, staffName: string): Promise<NotificationSummary> {
  return fetchJson<NotificationSummary>('/notifications/test', {
    method: 'POST',
    json: { staff_name: staffName, to } satisfies NotificationTestRequest,
  });
}
