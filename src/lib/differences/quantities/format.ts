/** Quantities written for a note: "6 weeks", "about 100", "12%", "$5,000,000". */
import { round4 } from './cardinal.ts';
import type { Found } from './types.ts';
import { CURRENCIES, PLURAL_UNITS } from '../../lexicon/en/numbers.ts';

/** A figure with thousands separators, rounded to four places: 1200.5 → "1,200.5". */
export function formatFigure(n: number): string {
  const [whole, fraction] = String(round4(n)).split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A quantity for a note: "6 weeks", "about 100", "12%", "tens of thousands", or a date as published. */
export function formatQuantity(q: Found): string {
  const qualifier = q.qualifier && q.kind !== 'date' ? `${q.qualifier} ` : '';
  if (q.kind === 'date') return q.core;
  if (q.kind === 'duration') {
    const unit = q.unit ?? '';
    return `${qualifier}${formatFigure(q.value ?? 0)} ${q.value === 1 ? unit : PLURAL_UNITS[unit] ?? `${unit}s`}`;
  }
  if (q.value === null || q.unit === 'fraction') return `${qualifier}${q.core.toLowerCase()}`;
  const figure = formatFigure(q.value);
  if (q.unit === 'percent') return `${qualifier}${figure}%`;
  if (q.unit === 'percentage point') return `${qualifier}${figure} percentage point${q.value === 1 ? '' : 's'}`;
  if (q.unit !== null && CURRENCIES.has(q.unit)) return `${qualifier}${q.unit}${figure}`;
  if (q.unit?.endsWith('-old')) return `${qualifier}${figure}-${q.unit}`;
  return `${qualifier}${figure}`;
}
