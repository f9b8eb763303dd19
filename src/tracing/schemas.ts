// The shapes the tracing API answers with: the OpenAPI document, the response serialiser and the services'
// row types all come from these.
import { z } from 'zod';
import { DETECTED_IN, OUTCOMES, SETTINGS, SEVERITIES } from './service.ts';

const day = z.iso.date();
/** A timestamptz built into jsonb by the SQL: an ISO string, not a Date. */
const jsonInstant = z.iso.datetime({ offset: true });
const setting = z.enum(SETTINGS).nullable();
/** Outcomes of a case by kind, each at its instant. */
const outcomeTimes = z
  .partialRecord(z.enum(OUTCOMES), jsonInstant)
  .nullable()
  .describe('Instant of each outcome recorded (discharged, died, transferred_out); null when none');

export const Case = z
  .object({
    person_ref: z.string(),
    full_name: z.string(),
    ward_code: z.string().nullable(),
    case_number: z.string().nullable(),
    confirmed_at: z.date(),
    detected_in: z.enum(DETECTED_IN),
    severity: z.enum(SEVERITIES).nullable().describe('Current severity (its history is on the tracing page)'),
    created_at: z.date(),
    updated_at: z.date(),
  })
  .meta({ id: 'Case' });
export type Case = z.infer<typeof Case>;

export const CaseListItem = Case.extend({ outcomes: outcomeTimes }).meta({ id: 'CaseListItem' });
export type CaseListItem = z.infer<typeof CaseListItem>;

export const CaseOutcome = z
  .object({ person_ref: z.string(), outcome: z.enum(OUTCOMES), at: z.date() })
  .meta({ id: 'CaseOutcome' });
export type CaseOutcome = z.infer<typeof CaseOutcome>;

export const ConfirmedCount = z
  .object({ confirmed: z.number().int().describe('Persons newly confirmed as cases') })
  .meta({ id: 'ConfirmedCount' });

export const Exposure = z
  .object({ source_ref: z.string(), contact_ref: z.string(), exposed_on: day, setting })
  .meta({ id: 'Exposure' });
export type Exposure = z.infer<typeof Exposure>;

export const PersonTracing = z
  .object({
    person_ref: z.string(),
    full_name: z.string(),
    ward_code: z.string().nullable(),
    at: z.date().describe('The instant the level is computed at'),
    level: z.number().int().nullable().describe('Steps to the nearest F0 (0 = F0); null when none within the window'),
    label: z.string().nullable().describe('F0, F1 … as counted (a confirmed person is never F1/F2); null otherwise'),
    explanation: z.string().describe("How the level arises, in the caller's language"),
    path: z
      .array(
        z.object({
          level: z.number().int(),
          person_ref: z.string(),
          full_name: z.string().nullable().describe("Only for persons in the caller's wards"),
          ward_code: z.string().nullable(),
          exposed_on: day.nullable().describe('Day of the contact with the next person on the path'),
          setting,
          confirmed_at: z.date().nullable(),
          case_number: z.string().nullable(),
        }),
      )
      .describe('From this person to the nearest F0'),
    contact_window: z.object({ from: day, to: day }).describe('Days whose contacts count at `at`'),
    case: z
      .object({
        case_number: z.string().nullable(),
        confirmed_at: z.date(),
        detected_in: z.enum(DETECTED_IN),
        severity: z.enum(SEVERITIES).nullable(),
        outcomes: z.array(z.object({ outcome: z.enum(OUTCOMES), at: jsonInstant })),
        severities: z.array(z.object({ severity: z.enum(SEVERITIES), at: jsonInstant })),
      })
      .nullable(),
    exposures: z.array(
      z.object({
        other_is: z.enum(['contact', 'source']).describe('Whether the other person was recorded as contact or source'),
        other_ref: z.string(),
        other_name: z.string().nullable().describe("Only for persons in the caller's wards"),
        exposed_on: day,
        setting,
        in_window: z.boolean().describe('Within the contact window at `at`'),
        other_is_case: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'PersonTracing' });
export type PersonTracing = z.infer<typeof PersonTracing>;

const person = {
  person_ref: z.string(),
  full_name: z.string(),
  phone: z.string().nullable(),
  ward_code: z.string().nullable(),
  hamlet: z.string().nullable(),
};
export const F1WorkItem = z
  .object({
    ...person,
    last_exposed_on: day.nullable().describe('Last contact with an F0 within the window'),
    source_refs: z.array(z.string()).nullable().describe('The F0s they were in contact with'),
    last_sample_at: z.date().nullable(),
  })
  .meta({ id: 'F1WorkItem' });
export type F1WorkItem = z.infer<typeof F1WorkItem>;
export const UntracedCase = z
  .object({
    ...person,
    case_number: z.string().nullable(),
    confirmed_at: z.date(),
    detected_in: z.enum(DETECTED_IN),
  })
  .meta({ id: 'UntracedCase' });
export type UntracedCase = z.infer<typeof UntracedCase>;
/** F1 lists give F1WorkItem rows, cases_without_contacts UntracedCase rows. */
export const TracingListRow = z.union([F1WorkItem, UntracedCase]);

export const ContactGraph = z
  .object({
    nodes: z.array(
      z
        .object({
          person_ref: z.string(),
          full_name: z.string().nullable().describe("Only for persons in the caller's wards"),
          ward_code: z.string().nullable(),
          case_number: z.string().nullable(),
          confirmed_at: z.date().nullable(),
          outcomes: outcomeTimes,
          level: z.number().int().nullable().describe('F-level now, or as of the day/instant asked'),
          distance: z.number().int().optional().describe('Steps from the person (person graphs only)'),
        })
        .meta({ id: 'ContactGraphNode' }),
    ),
    edges: z.array(
      z
        .object({ source_ref: z.string(), contact_ref: z.string(), exposed_on: day, setting })
        .meta({ id: 'ContactGraphEdge' }),
    ),
    truncated: z.boolean().describe('More than 500 persons: the farthest were left out'),
  })
  .meta({ id: 'ContactGraph' });
export type ContactGraph = z.infer<typeof ContactGraph>;
export const ClusterGraph = ContactGraph.extend({ on: day }).meta({ id: 'ClusterGraph' });
export type ClusterGraph = z.infer<typeof ClusterGraph>;

const clusterCase = z.object({ person_ref: z.string(), confirmed_at: jsonInstant }).nullable();
export const Cluster = z
  .object({
    kind: z.enum(['linked', 'declared']),
    id: z.string().describe('Linked: the ref of its first case; declared: its cluster_id'),
    name: z.string().nullable(),
    place: z.string().nullable(),
    ward_code: z.string().nullable().describe('Ward of a declared cluster'),
    started_on: day,
    cases: z.number().int().describe('Cases confirmed by the day'),
    persons: z.number().int(),
    first_case: clusterCase,
    last_case: clusterCase,
    wards: z.array(z.string()).describe("Wards of the cluster's cases"),
    closes_on: day.describe('Day it closes if no new case comes (cluster_close_days after the last)'),
    status: z.enum(['active', 'closed']),
  })
  .meta({ id: 'Cluster' });
export type Cluster = z.infer<typeof Cluster>;

export const DeclaredCluster = z
  .object({
    cluster_id: z.number().int(),
    name: z.string(),
    place: z.string().nullable(),
    ward_code: z.string().nullable(),
    started_on: day,
    ended_on: day.nullable(),
    case_refs: z.array(z.string()),
  })
  .meta({ id: 'DeclaredCluster' });
export type DeclaredCluster = z.infer<typeof DeclaredCluster>;
