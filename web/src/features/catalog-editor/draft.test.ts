import { describe, expect, it } from 'vitest';
import { testCatalog } from '@/test/catalog';
import { apiFieldErrors, buildContent, draftFrom, emptyMethod, firstErrorPath, renameMethod, splitLines, validateDraft } from './draft';

describe('catalog draft', () => {
  it('round-trips the loaded catalog into the same content (prices kept as exact text)', () => {
    const draft = draftFrom(testCatalog);
    expect(validateDraft(draft)).toEqual({});
    const { version: _version, ...content } = testCatalog;
    expect(buildContent(draft)).toEqual({ ...content, minimum_charge: '3.00' });
    expect(buildContent(draft).methods[0]!.price_per_gram).toBe('0.10');
    expect(buildContent(draft).printers[1]!.build_volume_mm).toEqual([360, 360, 360]);
  });

  it('reads list fields one entry per line, trimmed, blank lines dropped', () => {
    expect(splitLines('  Art \n\nArchitecture\n  \n')).toEqual(['Art', 'Architecture']);
    const draft = { ...draftFrom(testCatalog), pickup_hours: '  Mon–Fri 9–5  ', disciplines: 'Art\n\n Design ' };
    const content = buildContent(draft);
    expect(content.pickup_hours).toBe('Mon–Fri 9–5');
    expect(content.disciplines).toEqual(['Art', 'Design']);
  });

  it('marks each wrong field by the path the API uses', () => {
    const draft = draftFrom(testCatalog);
    draft.lab_name = ' ';
    draft.minimum_charge = '3.005';
    draft.disciplines = 'Art\nart';
    draft.archive_after_days = '0';
    draft.pickup_reminder_days = '366';
    draft.methods[0] = { ...draft.methods[0]!, price_per_gram: '0', fill_factor: '1.5', colors: '' };
    draft.printers[0] = { ...draft.printers[0]!, z: '-1' };
    const errors = validateDraft(draft);
    expect(errors).toMatchObject({
      lab_name: expect.stringMatching(/name/),
      minimum_charge: 'Use at most 2 decimal places.',
      disciplines: '“art” is listed twice.',
      archive_after_days: 'Enter between 1 and 3650 days.',
      pickup_reminder_days: 'Enter between 0 and 365 days.',
      'methods.0.price_per_gram': 'Must be more than 0.',
      'methods.0.fill_factor': 'Must be at most 1.',
      'methods.0.colors': expect.stringMatching(/at least one colour/),
      'printers.0.build_volume_mm.2': 'Enter a number.',
    });
    expect(firstErrorPath(errors, draft)).toBe('lab_name');
  });

  it('takes 0 days as "no pickup reminder" and sends the number', () => {
    const draft = draftFrom(testCatalog);
    expect(draft.pickup_reminder_days).toBe('7');
    draft.pickup_reminder_days = ' 0 ';
    expect(validateDraft(draft)).toEqual({});
    expect(buildContent(draft).pickup_reminder_days).toBe(0);
    draft.pickup_reminder_days = 'soon';
    expect(validateDraft(draft).pickup_reminder_days).toBe('Enter a whole number of days.');
  });

  it('requires a printer for every method and a known method for every printer', () => {
    const draft = draftFrom(testCatalog);
    const extra = { ...emptyMethod(), name: 'SLS', colors: 'White', price_per_gram: '0.5', density_g_per_cm3: '1', fill_factor: '1' };
    draft.methods.push(extra);
    draft.printers[0] = { ...draft.printers[0]!, method: 'Gone' };
    const errors = validateDraft(draft);
    expect(errors['methods.2.name']).toMatch(/No printer prints SLS/);
    expect(errors['printers.0.method']).toBe('Choose one of the print methods above.');
  });

  it('renaming a method takes its printers along', () => {
    const draft = draftFrom(testCatalog);
    const renamed = renameMethod(draft, draft.methods[0]!.key, 'FDM');
    expect(renamed.methods[0]!.name).toBe('FDM');
    expect(renamed.printers.map((p) => p.method)).toEqual(['FDM', 'FDM', 'Resin']);
    expect(validateDraft(renamed)).toEqual({});
  });

  it('maps the API’s 422 fields onto the form, and cross-field rules to a general message', () => {
    const mapped = apiFieldErrors({
      'catalog.methods.0.price_per_gram': 'Input should be greater than 0',
      'catalog.disciplines.2': 'String should have at most 60 characters',
      'catalog.methods.1.colors.0': 'too long',
      catalog: 'Value error, no printer prints Resin: add one or remove the method',
    });
    expect(mapped.fields).toEqual({
      'methods.0.price_per_gram': 'Input should be greater than 0',
      disciplines: 'String should have at most 60 characters',
      'methods.1.colors': 'too long',
    });
    expect(mapped.general).toEqual(['no printer prints Resin: add one or remove the method']);
  });
});
