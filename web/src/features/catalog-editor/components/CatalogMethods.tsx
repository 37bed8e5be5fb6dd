'use client';

import type { Dispatch, SetStateAction } from 'react';
import { Button } from '@/components/ui/Button';
import { FieldError } from '@/components/ui/TextField';
import { SelectField } from '@/components/ui/SelectField';
import { TextAreaField } from '@/components/ui/TextAreaField';
import { TextField } from '@/components/ui/TextField';
import { emptyMethod, emptyPrinter, renameMethod, rowsFor, type CatalogDraft, type FieldErrors, type MethodDraft, type PrinterDraft } from '../draft';
import { GROW, Section } from './Section';

interface Props {
  draft: CatalogDraft;
  errors: FieldErrors;
  busy: boolean;
  onChange: (next: CatalogDraft) => void;
  setErrors: Dispatch<SetStateAction<FieldErrors>>;
}

/** The print methods (colours, prices, estimates) and the printers of each, edited in place. */
export function CatalogMethods({ draft, errors, busy, onChange, setErrors }: Props) {
  const clear = (path: string) => {
    if (errors[path]) setErrors(({ [path]: _gone, ...rest }) => rest);
  };

  function setMethod(index: number, field: Exclude<keyof MethodDraft, 'key'>, value: string) {
    const method = draft.methods[index]!;
    clear(`methods.${index}.${field}`);
    if (field === 'name') return onChange(renameMethod(draft, method.key, value));
    onChange({ ...draft, methods: draft.methods.map((m, i) => (i === index ? { ...m, [field]: value } : m)) });
  }

  function setPrinter(index: number, field: Exclude<keyof PrinterDraft, 'key'>, value: string) {
    const axis = { x: 'build_volume_mm.0', y: 'build_volume_mm.1', z: 'build_volume_mm.2' } as Record<string, string>;
    clear(`printers.${index}.${axis[field] ?? field}`);
    onChange({ ...draft, printers: draft.printers.map((p, i) => (i === index ? { ...p, [field]: value } : p)) });
  }

  function focusLater(path: string) {
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-path="${path}"]`)?.focus());
  }

  const methodNames = draft.methods.map((m) => m.name.trim()).filter(Boolean);

  return (
    <>
      <Section
        title="Print methods"
        about="Estimates use grams = volume (cm³) × density × fill factor; the cost is grams × price per gram."
      >
        {errors.methods && <FieldError id="methods-error">{errors.methods}</FieldError>}
        <ol className="space-y-4">
          {draft.methods.map((method, i) => {
            const at = `methods.${i}`;
            const label = method.name.trim() || `Method ${i + 1}`;
            const field = (name: Exclude<keyof MethodDraft, 'key'>) => ({
              name: `${at}.${name}`,
              'data-path': `${at}.${name}`,
              value: method[name],
              error: errors[`${at}.${name}`],
              readOnly: busy,
              onChange: (e: { target: { value: string } }) => setMethod(i, name, e.target.value),
            });
            const printers = draft.printers.filter((p) => p.method === method.name).length;
            return (
              <li key={method.key} className="rounded-lg border border-slate-200 bg-slate-50 p-4">
                <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
                  <h3 className="text-base font-semibold text-slate-900">{label}</h3>
                  <Button
                    variant="ghost"
                    disabled={busy || draft.methods.length === 1}
                    aria-label={`Remove the print method ${label}`}
                    title={printers ? `Its ${printers} printer(s) are removed too.` : undefined}
                    onClick={() => {
                      onChange({
                        ...draft,
                        methods: draft.methods.filter((m) => m.key !== method.key),
                        printers: draft.printers.filter((p) => p.method !== method.name || !method.name),
                      });
                      setErrors({});
                    }}
                  >
                    Remove{printers ? ` (and its ${printers} printer${printers === 1 ? '' : 's'})` : ''}
                  </Button>
                </div>
                <div className="grid gap-4 md:grid-cols-3">
                  <TextField label="Name" {...field('name')} />
                  <TextAreaField label="Description" rows={2} style={GROW} {...field('description')} className="md:col-span-2" />
                  <TextAreaField label="Colours" hint="One per line." rows={rowsFor(method.colors)} style={GROW} {...field('colors')} />
                  <div className="grid gap-4 sm:grid-cols-3 md:col-span-2 md:grid-cols-3">
                    <TextField label="Price per gram" hint="e.g. 0.10" inputMode="decimal" autoComplete="off" {...field('price_per_gram')} />
                    <TextField label="Density (g/cm³)" hint="e.g. 1.24" inputMode="decimal" autoComplete="off" {...field('density_g_per_cm3')} />
                    <TextField label="Fill factor" hint="0–1, e.g. 0.35" inputMode="decimal" autoComplete="off" {...field('fill_factor')} />
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
        <Button
          variant="secondary"
          className="mt-4"
          disabled={busy}
          onClick={() => {
            onChange({ ...draft, methods: [...draft.methods, emptyMethod()] });
            focusLater(`methods.${draft.methods.length}.name`);
          }}
        >
          Add a print method
        </Button>
      </Section>

      <Section title="Printers" about="Build volumes in millimetres (X × Y × Z); a model that does not fit is flagged at submission.">
        {errors.printers && <FieldError id="printers-error">{errors.printers}</FieldError>}
        <ol className="space-y-4">
          {draft.printers.map((printer, i) => {
            const at = `printers.${i}`;
            const label = printer.name.trim() || `Printer ${i + 1}`;
            const axis = (name: 'x' | 'y' | 'z', n: number) => ({
              name: `${at}.build_volume_mm.${n}`,
              'data-path': `${at}.build_volume_mm.${n}`,
              label: `${name.toUpperCase()} (mm)`,
              value: printer[name],
              error: errors[`${at}.build_volume_mm.${n}`],
              readOnly: busy,
              inputMode: 'decimal' as const,
              autoComplete: 'off',
              onChange: (e: { target: { value: string } }) => setPrinter(i, name, e.target.value),
            });
            return (
              <li key={printer.key} className="rounded-lg border border-slate-200 bg-slate-50 p-4">
                <div className="grid gap-4 md:grid-cols-[2fr_1.5fr_repeat(3,minmax(0,1fr))_auto] md:items-start">
                  <TextField
                    label="Name"
                    name={`${at}.name`}
                    data-path={`${at}.name`}
                    value={printer.name}
                    error={errors[`${at}.name`]}
                    readOnly={busy}
                    onChange={(e) => setPrinter(i, 'name', e.target.value)}
                  />
                  <SelectField
                    label="Print method"
                    name={`${at}.method`}
                    data-path={`${at}.method`}
                    placeholder="Choose…"
                    options={methodNames}
                    value={printer.method}
                    error={errors[`${at}.method`]}
                    disabled={busy}
                    onChange={(e) => setPrinter(i, 'method', e.target.value)}
                  />
                  <TextField {...axis('x', 0)} />
                  <TextField {...axis('y', 1)} />
                  <TextField {...axis('z', 2)} />
                  <Button
                    variant="ghost"
                    className="md:mt-7"
                    disabled={busy || draft.printers.length === 1}
                    aria-label={`Remove the printer ${label}`}
                    onClick={() => {
                      onChange({ ...draft, printers: draft.printers.filter((p) => p.key !== printer.key) });
                      setErrors({});
                    }}
                  >
                    Remove
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        <Button
          variant="secondary"
          className="mt-4"
          disabled={busy}
          onClick={() => {
            onChange({ ...draft, printers: [...draft.printers, emptyPrinter(methodNames[0] ?? '')] });
            focusLater(`printers.${draft.printers.length}.name`);
          }}
        >
          Add a printer
        </Button>
      </Section>
    </>
  );
}
