'use client';

import { useCatalog } from '@/features/catalog/hooks/use-catalog';
import { ConfirmationScreen } from '@/features/confirmation/components/ConfirmationScreen';
import type { LabInfo } from '@/features/confirmation/format';
import type { Catalog } from '@/lib/schemas';

function labInfo(catalog: Catalog): LabInfo {
  return {
    labName: catalog.lab_name,
    timeZone: catalog.time_zone,
    currency: catalog.currency,
    minimumCharge: catalog.minimum_charge,
    paymentMethod: catalog.payment_method,
    pickupLocation: catalog.pickup_location,
    pickupHours: catalog.pickup_hours,
    pricePerGram: Object.fromEntries(catalog.methods.map((m) => [m.name, m.price_per_gram])),
  };
}

/** The lab's words and clock come from the catalog; without it the page still works, in the browser's zone. */
export function ConfirmScreen({ token }: { token: string }) {
  const { catalog } = useCatalog();
  return (
    <ConfirmationScreen
      token={token}
      lab={catalog.state === 'loaded' ? labInfo(catalog.catalog) : undefined}
      labPending={catalog.state === 'loading'}
    />
  );
}
