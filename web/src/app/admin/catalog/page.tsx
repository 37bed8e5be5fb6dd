import type { Metadata } from 'next';
import { CatalogEditor } from '@/features/catalog-editor/components/CatalogEditor';

export const metadata: Metadata = { title: 'Catalog' };

export default function AdminCatalogPage() {
  return <CatalogEditor />;
}
