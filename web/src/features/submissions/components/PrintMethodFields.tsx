'use client';

import { useId, type Ref } from 'react';
import { SelectField } from '@/components/ui/SelectField';
import { FieldError } from '@/components/ui/TextField';
import { formatDimensions, formatDimensionsInches, formatMoney } from '@/lib/format';
import { printersFor, type Catalog } from '@/features/catalog/api/catalog';

export interface PrintChoice {
  print_method: string;
  color: string;
  printer: string;
}

interface PrintMethodFieldsProps {
  catalog: Catalog;
  value: PrintChoice;
  onChange: (next: PrintChoice) => void;
  errors: Partial<Record<keyof PrintChoice, string>>;
  disabled?: boolean;
  methodRef?: Ref<HTMLFieldSetElement>;
  colorRef?: Ref<HTMLSelectElement>;
  printerRef?: Ref<HTMLSelectElement>;
}

/**
 * Print method (radio cards with the catalog's descriptions), then colour and
 * printer, both limited to that method. Changing the method clears the printer
 * and a colour the new method does not offer.
 */
export function PrintMethodFields({
  catalog,
  value,
  onChange,
  errors,
  disabled,
  methodRef,
  colorRef,
  printerRef,
}: PrintMethodFieldsProps) {
  const id = useId();
  const method = catalog.methods.find((m) => m.name === value.print_method);
  const printers = method ? printersFor(catalog, method.name) : [];
  const methodErrorId = `${id}-method-error`;

  function chooseMethod(name: string) {
    if (name === value.print_method) return;
    const next = catalog.methods.find((m) => m.name === name);
    onChange({
      print_method: name,
      color: next?.colors.includes(value.color) ? value.color : '',
      printer: '',
    });
  }

  return (
    <div className="space-y-5">
      <fieldset
        ref={methodRef}
        tabIndex={-1}
        aria-describedby={errors.print_method ? methodErrorId : undefined}
        aria-invalid={errors.print_method ? true : undefined}
        className="min-w-0 rounded-lg"
      >
        <legend className="text-sm font-semibold text-slate-800">Print method</legend>
        <div className="mt-1.5 grid gap-3 sm:grid-cols-2">
          {catalog.methods.map((m) => (
            <label
              key={m.name}
              className={`flex cursor-pointer gap-3 rounded-lg border bg-white p-4 transition-colors has-[:checked]:border-teal-700 has-[:checked]:bg-teal-50 has-[:checked]:ring-1 has-[:checked]:ring-teal-700 hover:border-slate-400 ${
                errors.print_method ? 'border-red-600' : 'border-slate-300'
              }`}
            >
              <input
                type="radio"
                name="print_method"
                value={m.name}
                checked={value.print_method === m.name}
                disabled={disabled}
                onChange={() => chooseMethod(m.name)}
                className="mt-0.5 size-5 shrink-0 accent-teal-700"
              />
              <span className="min-w-0">
                <span className="block font-semibold text-slate-900">{m.name}</span>
                <span className="mt-0.5 block text-sm text-slate-700">{m.description}</span>
                <span className="mt-1.5 block text-xs text-slate-600">
                  {formatMoney(m.price_per_gram, catalog.currency)} per gram · {m.colors.length}{' '}
                  {m.colors.length === 1 ? 'colour' : 'colours'}
                </span>
              </span>
            </label>
          ))}
        </div>
        {errors.print_method && <FieldError id={methodErrorId}>{errors.print_method}</FieldError>}
      </fieldset>

      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          ref={colorRef}
          label="Colour"
          name="color"
          placeholder={method ? 'Choose a colour…' : 'Choose a print method first'}
          hint={method ? undefined : 'The colours depend on the print method.'}
          options={method?.colors ?? []}
          value={value.color}
          disabled={!method || disabled}
          error={errors.color}
          onChange={(e) => onChange({ ...value, color: e.target.value })}
        />
        <SelectField
          ref={printerRef}
          label="Printer"
          name="printer"
          placeholder={method ? 'Choose a printer…' : 'Choose a print method first'}
          hint={method ? undefined : 'The printers depend on the print method.'}
          options={printers.map((p) => p.name)}
          value={value.printer}
          disabled={!method || disabled}
          error={errors.printer}
          onChange={(e) => onChange({ ...value, printer: e.target.value })}
        />
      </div>

      <PrinterSizes catalog={catalog} method={method?.name} />
    </div>
  );
}

/** The info panel of every printer's build volume, in millimetres and inches. */
function PrinterSizes({ catalog, method }: { catalog: Catalog; method?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-sky-200 bg-sky-50/70 p-4">
      <h3 id={`${id}-heading`} className="text-sm font-semibold text-sky-950">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="mr-1.5 inline size-4 align-[-3px] text-sky-700" fill="currentColor">
          <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm0 4a1.1 1.1 0 1 1 0 2.2 1.1 1.1 0 0 1 0-2.2Zm1.25 9.5h-2.5v-1h.6V9.6h-.6v-1h1.9V14h.6v1Z" />
        </svg>
        Printer sizes (largest model each can print)
      </h3>
      <ul className="mt-2 space-y-2 text-sm">
        {catalog.printers.map((p) => {
          const forMethod = !method || p.method === method;
          return (
            <li key={p.name} className={`flex flex-wrap justify-between gap-x-4 ${forMethod ? 'text-slate-900' : 'text-slate-500'}`}>
              <span>
                <span className="font-semibold">{p.name}</span> <span className="text-slate-600">({p.method})</span>
              </span>
              <span className="tabular-nums">
                <span className="whitespace-nowrap">{formatDimensions(p.build_volume_mm)}</span>{' '}
                <span className="whitespace-nowrap text-slate-600">({formatDimensionsInches(p.build_volume_mm)})</span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
