import { fetchBytes, fetchJson, type FetchedFile } from '@/lib/api';
import type { OpenLink } from '@/lib/schemas';

/*
 * The files service's views of one job's model: a signed link that opens it
 * in the workstation's slicer (`GET /files/jobs/{id}/open-link`), and its
 * bytes for the 3D preview (`GET /files/jobs/{id}/download`). Both take an
 * optional `name`: another file in the job's folder (a candidate), else the
 * job's current file. Types generated from contracts/openapi/files.json.
 */
export type { FetchedFile, OpenLink };

/** The preview gives up on files larger than this (a browser tab has to hold and draw them). */
export const PREVIEW_MAX_BYTES = 150 * 1024 * 1024;

function filePath(jobId: string, what: 'open-link' | 'download', name?: string | null): string {
  const query = name ? `?${new URLSearchParams({ name }).toString()}` : '';
  return `/files/jobs/${encodeURIComponent(jobId)}/${what}${query}`;
}

/** A fresh `print3d://` link (valid a few minutes) and the file's path relative to the storage root. */
export function getOpenLink(jobId: string, name?: string | null, signal?: AbortSignal): Promise<OpenLink> {
  return fetchJson<OpenLink>(filePath(jobId, 'open-link', name), { signal });
}

/** The model's bytes (staff only); 404 when the job has no file on disk. */
export function downloadJobModel(jobId: string, name?: string | null, signal?: AbortSignal): Promise<FetchedFile> {
  return fetchBytes(filePath(jobId, 'download', name), { signal, maxBytes: PREVIEW_MAX_BYTES });
}
