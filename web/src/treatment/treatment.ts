// Pure helpers of the treatment pages (tested without a browser).
import type { components } from '../shared/api-schema.d.ts';

export type HomePatient = components['schemas']['HomePatient'];
export type CareEpisode = components['schemas']['CareEpisode'];

export const SEVERITIES = ['asymptomatic', 'mild', 'moderate', 'severe', 'critical', 'unknown'] as const;
export const OBSERVED = ['asymptomatic', 'mild', 'moderate', 'severe', 'critical'] as const;
export const OXYGEN = ['none', 'mask', 'hfnc', 'ventilator', 'ecmo'] as const;

/** The `days` Viet Nam days ending on the day of the cut-off (an ISO instant with +07:00). */
export function seriesRange(cutoff: string, days: number): { from: string; to: string } {
  const to = cutoff.slice(0, 10);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

/** The scenarios the plans speak of (seed 001 and 004): 1,000, 2,000 and 10,000 simultaneous cases. */
export const SCENARIOS = [1000, 2000, 10000] as const;

/** A typed case count: digits, with or without Vietnamese (.) or English (,) grouping → a whole number, else null. */
export function parseCases(s: string): number | null {
  const v = s.trim().replace(/[.,\s]/g, '');
  return /^\d{1,8}$/.test(v) ? Number(v) : null;
}
