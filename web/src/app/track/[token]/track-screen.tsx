'use client';

import { useCatalog } from '@/features/catalog/hooks/use-catalog';
import { TrackingView } from '@/features/tracking/components/TrackingView';

/** Times on the tracking page are the lab's (catalog time zone); without the catalog, the browser's. */
export function TrackScreen({ token }: { token: string }) {
  const { catalog } = useCatalog();
  const lab =
    catalog.state === 'loaded'
      ? {
          timeZone: catalog.catalog.time_zone,
          pickupLocation: catalog.catalog.pickup_location,
          pickupHours: catalog.catalog.pickup_hours,
          paymentMethod: catalog.catalog.payment_method,
        }
      : undefined;
  // Wait briefly for the catalog so times are not shown in one zone and then another.
  if (catalog.state === 'loading') return null;
  return <TrackingView token={token} lab={lab} />;
}
