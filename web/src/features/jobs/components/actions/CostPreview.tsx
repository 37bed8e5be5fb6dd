import { formatMoney } from '@/lib/format';
import { amountToCents, centsToAmount, type ChargePreview, type MethodRate } from '../../model/pricing';

interface CostPreviewProps {
  preview: ChargePreview | null;
  rate: MethodRate | null;
  label: string;
  /** The approved quote, to show how far the final charge is from it. */
  quote?: string | null;
}

/** The live price under a weight field, announced politely as it changes. */
export function CostPreview({ preview, rate, label, quote }: CostPreviewProps) {
  if (!rate) {
    return <p className="text-sm text-slate-600">Prices are not loaded, so there is no preview; the server still prices it.</p>;
  }
  const quoteCents = amountToCents(quote);
  const difference = preview && quoteCents !== null ? preview.cents - quoteCents : null;
  return (
    <div
      className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 rounded-lg bg-slate-100 px-4 py-3"
      data-testid="cost-preview"
    >
      <p className="text-sm text-slate-700">
        {formatMoney(rate.pricePerGram)}/g {rate.method}
        {rate.fallback && ' (this method has no price; the filament rate stands in)'} · minimum {formatMoney(rate.minimum)}
      </p>
      <p aria-live="polite" className="text-right">
        <span className="text-sm text-slate-700">{label} </span>
        <span className="text-xl font-semibold text-slate-900 tabular-nums">
          {preview ? formatMoney(centsToAmount(preview.cents)) : '—'}
        </span>
        {preview?.minimumApplies && <span className="block text-xs text-slate-600">Minimum charge applies</span>}
        {difference !== null && (
          <span className="block text-xs font-medium text-slate-700">
            {difference === 0
              ? 'Same as the quote'
              : `${formatMoney(centsToAmount(Math.abs(difference)))} ${difference > 0 ? 'more' : 'less'} than the quote (${formatMoney(quote!)})`}
          </span>
        )}
      </p>
    </div>
  );
}
