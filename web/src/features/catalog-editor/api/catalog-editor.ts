import type { Catalog } from '@/features/catalog/api/catalog';
import { fetchJson } from '@/lib/api';
import type { components } from '@/lib/generated/jobs';
import type { CatalogContent } from '../draft';

type CatalogUpdateRequest = components['schemas']['CatalogUpdateRequest'];

/**
 * Replace the catalog's content (admin): `editedVersion` is the version the admin opened, sent as
 * `If-Match: "v<N>"`; the API answers 412 when someone saved another version meanwhile.
 */
export function saveCatalog(content: CatalogContent, editedVersion: number, staffName: string): Promise<Catalog> {
  const body: CatalogUpdateRequest = { staff_name: staffName, catalog: content };
  return fetchJson<Catalog>('/catalog', {
    method: 'PUT',
    json: body,
    headers: { 'If-Match': `"v${editedVersion}"` },
  });
}
