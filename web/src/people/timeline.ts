// A person's history from several modules' APIs, each optional (a module may be missing or refuse): one list of
// dated events, oldest first.
import type { components } from '../shared/api-schema.d.ts';

type Schemas = components['schemas'];
export type Tracing = Schemas['PersonTracing'];
export type EpisodeView = Schemas['QuarantineEpisode'];
export type SampleView = Schemas['SampleListItem'];
export type Doses = Schemas['PersonDoses'];
export type SeverityView = Schemas['SeverityObservation'];

export type EventKind =
  | 'exposure'
  | 'confirmed'
  | 'outcome'
  | 'episode_start'
  | 'episode_end'
  | 'episode_released'
  | 'sample'
  | 'dose'
  | 'severity';
export interface TimelineEvent {
  /** ISO instant or date; dates sort at the start of their day. */
  at: string;
  kind: EventKind;
  /** Values for the event's text (i18n key `person.event.<kind>`). */
  values: Record<string, string | number>;
  /** Another person the event names. */
  other?: string;
  warn?: boolean;
}

const time = (s: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00+07:00` : s).getTime();

/** The fields of each source that the timeline reads. */
type EpisodeEvents = Pick<
  EpisodeView,
  'episode_id' | 'kind' | 'facility_code' | 'start_at' | 'end_at' | 'end_reason' | 'released_by'
> & {
  plan: Pick<NonNullable<EpisodeView['plan']>, 'planned_end_at' | 'rule_set'> | null;
};
type SampleEvents = Pick<SampleView, 'sample_ref' | 'taken_at' | 'method' | 'result' | 'effective_result'>;
type DoseEvents = Pick<Doses, 'next'> & {
  doses: Pick<Doses['doses'][number], 'dose_number' | 'product' | 'given_on' | 'flags'>[];
};

export function timelineEvents(src: {
  tracing?: Tracing;
  episodes?: EpisodeEvents[];
  samples?: SampleEvents[];
  doses?: DoseEvents;
  severity?: Pick<SeverityView, 'observed_at' | 'severity' | 'oxygen'>[];
}): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (const x of src.tracing?.exposures ?? []) {
    out.push({
      at: x.exposed_on,
      kind: 'exposure',
      other: x.other_ref,
      warn: x.other_is_case && x.in_window,
      values: { ref: x.other_ref, name: x.other_name ?? x.other_ref, role: x.other_is, setting: x.setting ?? '' },
    });
  }
  const c = src.tracing?.case;
  if (c) {
    out.push({ at: c.confirmed_at, kind: 'confirmed', warn: true, values: { number: c.case_number ?? '' } });
    for (const o of c.outcomes) out.push({ at: o.at, kind: 'outcome', values: { outcome: o.outcome } });
  }
  for (const e of src.episodes ?? []) {
    out.push({
      at: e.start_at,
      kind: 'episode_start',
      values: { kind: e.kind, facility: e.facility_code ?? '', end: e.plan?.planned_end_at ?? '' },
    });
    // Released by an F1's negative result (seed 000): which F1, which sample; the F1 is linked.
    if (e.end_at && e.released_by)
      out.push({
        at: e.end_at,
        kind: 'episode_released',
        other: e.released_by.person_ref,
        values: { person: e.released_by.person_ref, sample: e.released_by.sample_ref },
      });
    else if (e.end_at) out.push({ at: e.end_at, kind: 'episode_end', values: { reason: e.end_reason ?? 'completed' } });
  }
  for (const s of src.samples ?? []) {
    const result = s.effective_result ?? s.result ?? 'pending';
    out.push({
      at: s.taken_at,
      kind: 'sample',
      warn: result === 'positive',
      values: { ref: s.sample_ref, method: s.method, result },
    });
  }
  for (const d of src.doses?.doses ?? []) {
    out.push({
      at: d.given_on,
      kind: 'dose',
      warn: d.flags.length > 0,
      values: { n: d.dose_number, product: d.product, flags: d.flags.map((f) => f.message).join('; ') },
    });
  }
  for (const s of src.severity ?? []) {
    out.push({
      at: String(s.observed_at),
      kind: 'severity',
      warn: s.severity === 'severe' || s.severity === 'critical',
      values: { severity: s.severity, oxygen: s.oxygen },
    });
  }
  // Stable: same-instant events keep the order above (exposure before confirmation, start before end).
  return out
    .map((e, i) => ({ e, i }))
    .sort((a, b) => time(a.e.at) - time(b.e.at) || a.i - b.i)
    .map(({ e }) => e);
}
