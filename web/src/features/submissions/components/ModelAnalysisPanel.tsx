import type { ReactNode } from 'react';
import { formatCount, formatDimensions, formatDimensionsInches, formatGrams, formatMoney, formatVolumeCm3 } from '@/lib/format';
import type { ModelAnalysis } from '../api/submissions';

interface ModelAnalysisPanelProps {
  analysis: ModelAnalysis | null;
  /** The chosen print method; without one, every method's printers and estimate are shown. */
  method: string;
}

/** Plain-language problems found in the model, most serious first. */
export function analysisWarnings(analysis: ModelAnalysis, method: string): string[] {
  const warnings: string[] = [];
  const size = formatDimensions(analysis.bbox_mm);
  if (analysis.unit_warning === 'inches') {
    warnings.push(
      `Your model is tiny (${size}). It was probably modelled in inches: scale it up by 25.4 and export it in millimetres.`,
    );
  } else if (analysis.unit_warning === 'metres') {
    warnings.push(
      `Your model is huge (${size}). It was probably modelled in metres: scale it down by 1000 and export it in millimetres.`,
    );
  }
  if (!analysis.watertight) {
    warnings.push(
      'Your model is not watertight: its surface has holes or gaps. Staff do not repair models and may refuse it — fix it in your 3D program if you can.',
    );
  }
  const fits = method ? analysis.fits?.filter((f) => f.method === method) : undefined;
  if (fits && fits.length > 0 && !fits.some((f) => f.fits)) {
    warnings.push(`Your model does not fit any ${method} printer. Scale it down, split it into parts, or choose another method.`);
  }
  return warnings;
}

/** What the upload service measured: size, volume, soundness, fitting printers, estimate — and warnings. */
export function ModelAnalysisPanel({ analysis, method }: ModelAnalysisPanelProps) {
  if (!analysis) {
    return (
      <p className="mt-3 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700" data-testid="model-analysis">
        We could not measure this model. You can still submit it; staff will check it by hand.
      </p>
    );
  }

  const warnings = analysisWarnings(analysis, method);
  const fits = (analysis.fits ?? []).filter((f) => !method || f.method === method);
  const estimates = (analysis.estimates ?? []).filter((e) => !method || e.method === method);

  return (
    <section aria-label="Model check" className="mt-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="model-analysis">
      {warnings.length > 0 && (
        <ul className="mb-4 space-y-2" aria-label="Warnings">
          {warnings.map((warning) => (
            <li
              key={warning}
              className="flex gap-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
              data-testid="analysis-warning"
            >
              <span aria-hidden="true" className="font-bold">
                ⚠
              </span>
              <span>
                <span className="sr-only">Warning: </span>
                {warning}
              </span>
            </li>
          ))}
        </ul>
      )}

      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        <Fact term="Dimensions">
          {formatDimensions(analysis.bbox_mm)}
          <span className="block font-normal text-slate-600">{formatDimensionsInches(analysis.bbox_mm)}</span>
        </Fact>
        <Fact term="Volume">{analysis.volume_mm3 == null ? 'Not measurable (the model is open)' : formatVolumeCm3(analysis.volume_mm3)}</Fact>
        <Fact term="Triangles">{formatCount(analysis.triangles)}</Fact>
        <Fact term="Watertight">
          {analysis.watertight ? (
            <>
              <span aria-hidden="true" className="text-emerald-700">✓ </span>Yes
            </>
          ) : (
            <>
              <span aria-hidden="true" className="text-amber-700">⚠ </span>No — it has holes
            </>
          )}
        </Fact>
      </dl>

      {fits.length > 0 && (
        <div className="mt-4 border-t border-slate-200 pt-3">
          <h4 className="text-sm font-semibold text-slate-800">{method ? `Fit on the ${method} printers` : 'Fit on the printers'}</h4>
          <ul className="mt-1.5 grid gap-1 text-sm sm:grid-cols-2">
            {fits.map((fit) => (
              <li key={fit.printer} className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className={`grid size-5 place-items-center rounded-full text-xs font-bold ${
                    fit.fits ? 'bg-emerald-100 text-emerald-800' : 'bg-slate-200 text-slate-700'
                  }`}
                >
                  {fit.fits ? '✓' : '✕'}
                </span>
                <span>
                  {fit.printer}
                  {!method && <span className="text-slate-600"> ({fit.method})</span>}
                  <span className="text-slate-600"> — {fit.fits ? 'fits' : 'too big'}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}

      {estimates.length > 0 && (
        <div className="mt-4 border-t border-slate-200 pt-3">
          <h4 className="text-sm font-semibold text-slate-800">Estimate</h4>
          <ul className="mt-1.5 space-y-1 text-sm">
            {estimates.map((e) => (
              <li key={e.method} data-testid="estimate">
                {!method && <span className="font-semibold">{e.method}: </span>}
                about <strong className="font-semibold">{formatGrams(e.grams)}</strong>, costing{' '}
                <strong className="font-semibold">
                  {e.cost_low === e.cost_high
                    ? formatMoney(e.cost_low, e.currency)
                    : `${formatMoney(e.cost_low, e.currency)} – ${formatMoney(e.cost_high, e.currency)}`}
                </strong>
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-slate-600">
            {method ? '' : 'Choose a print method to see its printers only. '}A rough guide from the model’s volume: staff
            weigh the real print and the e-mailed price is what you pay.
          </p>
        </div>
      )}
    </section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-600">{term}</dt>
      <dd className="font-medium text-slate-900">{children}</dd>
    </div>
  );
}
