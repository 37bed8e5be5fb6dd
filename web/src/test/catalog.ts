import type { Catalog } from '@/features/catalog/api/catalog';

/** The seed catalog (contracts' catalog_seed.json), shortened, for component tests. */
export const testCatalog: Catalog = {
  version: 3,
  lab_name: 'Fabrication Lab',
  pickup_location: 'Fabrication Lab, room 145 Atkinson',
  pickup_hours: 'Monday–Friday 8:30–4:30',
  payment_method: 'TigerCASH',
  time_zone: 'America/Chicago',
  currency: 'USD',
  minimum_charge: '3.00',
  archive_after_days: 45,
  pickup_reminder_days: 7,
  prune_after_days: 365,
  disciplines: ['Art', 'Architecture', 'Engineering', 'Other'],
  methods: [
    {
      name: 'Filament',
      description: 'Good resolution, suitable for simpler models. Fast. Cheapest.',
      colors: ['True Red', 'Blue', 'Clear', 'True Black'],
      price_per_gram: '0.10',
      density_g_per_cm3: 1.24,
      fill_factor: 0.35,
    },
    {
      name: 'Resin',
      description: 'Very high detail. Slower. Best for small items.',
      colors: ['Black', 'White', 'Gray', 'Clear'],
      price_per_gram: '0.20',
      density_g_per_cm3: 1.1,
      fill_factor: 1,
    },
  ],
  printers: [
    { name: 'Prusa MK4S', method: 'Filament', build_volume_mm: [250, 210, 220] },
    { name: 'Prusa XL', method: 'Filament', build_volume_mm: [360, 360, 360] },
    { name: 'Formlabs Form 3', method: 'Resin', build_volume_mm: [145, 145, 175] },
  ],
  rejection_reasons: ['Walls too thin'],
  disclaimer: ['Staff do not fix or scale models.', 'Reprints cost extra.'],
};
