import { fetchJson } from '@/lib/api';
import type { Catalog, CatalogPrinter, PrintMethod } from '@/lib/schemas';

export type { Catalog, CatalogPrinter, PrintMethod };

/** The lab catalog (`GET /catalog`, public): everything lab-specific the pages show. */
export function getCatalog(signal?: AbortSignal): Promise<Catalog> {
  return fetchJson<Catalog>('/catalog', { signal });
}

/** The printers of one print method, in catalog order. */
export function printersFor(catalog: Catalog, method: string): CatalogPrinter[] {
  return catalog.printers.filter((p) => p.method === method);
}
