// Unit tests of the logic behind the reports, quarantine, person, clusters and imports pages (web/src): report file
// links, narrative clean-up and the template form, due-list columns and occupancy, the person's history merged from
// several modules, the clusters filter, and how an import file is sent and its progress read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanNarrative, reportFileUrl } from '../../web/src/reports/report-list.ts';
import { dayOfInput, dueColumns, occupancyPct } from '../../web/src/quarantine/board.ts';
import { timelineEvents, type Tracing } from '../../web/src/people/timeline.ts';
import { graphElements } from '../../web/src/people/graph.ts';
import { clusterKey, clustersQuery, filterOf, parseClusterKey } from '../../web/src/tracing/clusters.ts';
import { errorTarget, fromForm, inputId, toForm } from '../../web/src/reports/template.ts';
import { importContentType, ndjsonLines, XLSX_TYPE } from '../../web/src/imports/upload.ts';

test('report files: a draft for review, an issued report exactly as issued', () => {
  assert.equal(reportFileUrl('drafts', 7, 'docx'), '/api/v1/reports/drafts/7?format=docx');
  assert.equal(reportFileUrl('issued', 12, 'xlsx'), '/api/v1/reports/issued/12?format=xlsx');
});

test('narrative: ends trimmed, lines inside kept, sections with neither title nor text dropped', () => {
  assert.deepEqual(
    cleanNarrative([
      { title: ' I. Tình hình ', text: '\n Dòng 1\nDòng 2  \n' },
      { title: '  ', text: ' ' },
      { title: 'II. Kiến nghị', text: '' },
    ]),
    [
      { title: 'I. Tình hình', text: 'Dòng 1\nDòng 2' },
      { title: 'II. Kiến nghị', text: '' },
    ],
  );
});

test('quarantine board: columns of each due list, the day of a cut-off, occupancy', () => {
  assert.deepEqual(dueColumns('tests_due'), [
    'person_ref',
    'full_name',
    'phone',
    'ward_name',
    'kind',
    'facility_code',
    'test_day',
    'sampled',
  ]);
  assert.deepEqual(dueColumns('f1_without_episode'), [
    'person_ref',
    'full_name',
    'phone',
    'ward_name',
    'last_exposed_on',
  ]);
  assert.deepEqual(dueColumns('added_by_another_module'), ['person_ref', 'full_name', 'phone', 'ward_name']);
  assert.equal(dayOfInput('2021-09-10T23:59'), '2021-09-10');
  assert.equal(occupancyPct({ beds: 3, current: 2 }), 66.7);
  assert.equal(occupancyPct({ beds: 2, current: 3 }), 150); // overfilled by override
  assert.equal(occupancyPct({ beds: null, current: 4 }), null);
  assert.equal(occupancyPct({ beds: 0, current: 0 }), null);
});

const tracing: Tracing = {
  person_ref: 'B',
  full_name: 'Bình',
  ward_code: null,
  at: '2021-09-12T10:00:00+07:00',
  level: 1,
  label: 'F1',
  explanation: '',
  path: [],
  contact_window: { from: '2021-08-29', to: '2021-09-12' },
  case: {
    case_number: 'BN1',
    confirmed_at: '2021-09-11T08:00:00+07:00',
    detected_in: 'community',
    severity: null,
    severities: [],
    outcomes: [{ outcome: 'discharged', at: '2021-09-25T09:00:00+07:00' }],
  },
  exposures: [
    {
      other_is: 'source',
      other_ref: 'A',
      other_name: 'An',
      exposed_on: '2021-09-10',
      setting: 'household',
      in_window: true,
      other_is_case: true,
    },
  ],
};

test('person history: every source merged oldest first; a date sorts at the start of its Viet Nam day', () => {
  const events = timelineEvents({
    tracing,
    episodes: [
      {
        episode_id: 1,
        kind: 'centralized',
        facility_code: 'QA',
        start_at: '2021-09-10T01:30:00Z',
        end_at: '2021-09-11T09:00:00+07:00',
        end_reason: 'confirmed_case',
        released_by: null,
        plan: { planned_end_at: '2021-09-24T08:30:00+07:00', rule_set: null },
      },
    ],
    samples: [
      {
        sample_ref: 'S1',
        taken_at: '2021-09-10T23:00:00+07:00',
        method: 'pcr',
        result: 'pending',
        effective_result: 'positive',
      },
    ],
    doses: { doses: [{ dose_number: 1, product: 'astrazeneca', given_on: '2021-08-01', flags: [] }], next: null },
  });
  assert.deepEqual(
    events.map((e) => [e.kind, e.at]),
    [
      ['dose', '2021-08-01'],
      ['exposure', '2021-09-10'], // 00:00 on 10/9 in Viet Nam
      ['episode_start', '2021-09-10T01:30:00Z'], // 08:30 on 10/9
      ['sample', '2021-09-10T23:00:00+07:00'],
      ['confirmed', '2021-09-11T08:00:00+07:00'],
      ['episode_end', '2021-09-11T09:00:00+07:00'],
      ['outcome', '2021-09-25T09:00:00+07:00'],
    ],
  );
  assert.deepEqual(events.find((e) => e.kind === 'sample')!.values, { ref: 'S1', method: 'pcr', result: 'positive' }); // the result now
  assert.deepEqual(
    events.filter((e) => e.warn).map((e) => e.kind),
    ['exposure', 'sample', 'confirmed'],
  );
  assert.equal(events.find((e) => e.kind === 'exposure')!.other, 'A');
});

test("person history: an episode released by an F1's negative result names the F1 and the sample", () => {
  const [, released] = timelineEvents({
    episodes: [
      {
        episode_id: 2,
        kind: 'home',
        facility_code: null,
        start_at: '2020-03-10T10:00:00+07:00',
        end_at: '2020-03-11T15:00:00+07:00',
        end_reason: 'released_source_negative',
        released_by: { sample_ref: 'A1', person_ref: 'A' },
        plan: null,
      },
    ],
  });
  assert.deepEqual(released, {
    at: '2020-03-11T15:00:00+07:00',
    kind: 'episode_released',
    other: 'A',
    values: { person: 'A', sample: 'A1' },
  });
});

test('person history: missing sources give no events and no error', () => {
  assert.deepEqual(timelineEvents({}), []);
  assert.deepEqual(timelineEvents({ tracing: { ...tracing, case: null, exposures: [] } }), []);
});

// Fields of a graph node the elements do not use.
const unlinked = { case_number: null, outcomes: null, ward_code: null };

test('contact network: nodes coloured by level, the person marked, edges from source to contact', () => {
  const els = graphElements(
    {
      truncated: false,
      nodes: [
        { person_ref: 'A', full_name: null, level: 0, confirmed_at: '2021-09-11T08:00:00+07:00', ...unlinked },
        { person_ref: 'B', full_name: 'Bình', level: 1, confirmed_at: null, ...unlinked },
        { person_ref: 'C', full_name: 'Cúc', level: null, confirmed_at: null, ...unlinked },
      ],
      edges: [{ source_ref: 'A', contact_ref: 'B', exposed_on: '2021-09-10', setting: null }],
    },
    'B',
  );
  assert.deepEqual(
    els.map((e) => [
      e.data.id,
      'color' in e.data ? e.data.color : `${e.data.source}→${e.data.target}`,
      'classes' in e ? e.classes : '',
    ]),
    [
      ['A', '#b3261e', ''],
      ['B', '#e07b00', 'self'],
      ['C', '#9aa5b1', ''],
      ['e0', 'A→B', ''],
    ],
  );
});

test('clusters page: the filter from the URL with its defaults, the API paths, a chosen cluster kept as one string', () => {
  const q = (s: string) => new URLSearchParams(s);
  assert.deepEqual(filterOf(q(''), '2021-10-05'), { on: '2021-10-05', status: '', min: 2 });
  assert.deepEqual(filterOf(q('on=2021-09-30&status=closed&min=1'), '2021-10-05'), {
    on: '2021-09-30',
    status: 'closed',
    min: 1,
  });
  assert.deepEqual(filterOf(q('on=30/09/2021&status=open&min=-1'), '2021-10-05'), {
    on: '2021-10-05',
    status: '',
    min: 2,
  });
  assert.equal(filterOf(q('min=0'), '2021-10-05').min, 0);
  assert.deepEqual(clustersQuery({ on: '2021-10-05', status: '', min: 2 }), { on: '2021-10-05', min_cases: 2 });
  assert.deepEqual(clustersQuery({ on: '2021-10-05', status: 'active', min: 1 }), {
    on: '2021-10-05',
    min_cases: 1,
    status: 'active',
  });
  assert.equal(clusterKey({ kind: 'declared', id: '3' }), 'declared:3');
  assert.deepEqual(parseClusterKey('linked:BN 1/2'), { kind: 'linked', id: 'BN 1/2' });
  assert.equal(parseClusterKey('other:3'), null);
  assert.equal(parseClusterKey(null), null);
});

test('report template form: lists one per line, blank lines dropped; a schedule row without cut-off drafts at its own time, in the daily layout unless it names a template', () => {
  const saved = {
    issuing_parent: 'UBND TỈNH HẬU GIANG',
    issuing_body: 'BCĐ',
    number_pattern: '{n}/BC-BCĐ',
    place: 'Hậu Giang',
    title: 'Tình hình',
    recipients: ['Bộ Y tế;', 'Lưu: VT.'],
    signer_title: 'TRƯỞNG BAN',
    signer_name: '',
    narrative_titles: ['I', 'II'],
    schedule: [
      { time: '09:00', cutoff: '06:30' },
      { time: '15:00', template: 'synthesis' as const },
    ],
  };
  const form = toForm(saved);
  assert.equal(form.recipients, 'Bộ Y tế;\nLưu: VT.');
  assert.deepEqual(form.schedule, [
    { time: '09:00', cutoff: '06:30', template: 'daily' },
    { time: '15:00', cutoff: '', template: 'synthesis' },
  ]);
  assert.deepEqual(fromForm(form), saved);
  assert.deepEqual(fromForm({ ...form, recipients: '\n  Sở Y tế ;\n\nLưu: VT.\n', narrative_titles: '' }).recipients, [
    'Sở Y tế ;',
    'Lưu: VT.',
  ]);
  assert.deepEqual(fromForm({ ...form, narrative_titles: ' \n' }).narrative_titles, []);
});

test('report template form: the input a server error names', () => {
  assert.equal(errorTarget('number_pattern'), 'number_pattern');
  assert.equal(errorTarget('recipients.3'), 'recipients');
  assert.equal(errorTarget('schedule.1.cutoff'), 'schedule.1.cutoff');
  assert.equal(errorTarget('schedule.0.template'), 'schedule.0.template');
  assert.equal(errorTarget('schedule'), 'schedule');
  assert.equal(errorTarget('body'), null);
  assert.equal(errorTarget(undefined), null);
  assert.equal(inputId('schedule.1.cutoff'), 'tpl-schedule-1-cutoff');
});

test('imports: an Excel workbook is sent as one by its name or type; NDJSON progress read line by line as it arrives', () => {
  assert.equal(importContentType({ name: 'Danh sách.XLSX', type: '' }), XLSX_TYPE);
  assert.equal(importContentType({ name: 'tep', type: XLSX_TYPE }), XLSX_TYPE);
  assert.equal(importContentType({ name: 'nguoi.csv', type: 'text/csv' }), 'text/csv');
  assert.equal(importContentType({ name: 'nguoi.xls', type: 'application/vnd.ms-excel' }), 'text/csv'); // old Excel: the server reads CSV
  const text =
    '{"progress":{"phase":"reading","rows":10,"percent":50}}\n{"progress":{"phase":"checking","rows":20,"perc';
  const first = ndjsonLines(text, 0);
  assert.deepEqual(first.items, [{ progress: { phase: 'reading', rows: 10, percent: 50 } }]);
  assert.equal(text.slice(first.next, first.next + 12), '{"progress":');
  const whole = text + 'ent":null}}\n\n{"result":{"rows":20}}\n';
  assert.deepEqual(ndjsonLines(whole, first.next).items, [
    { progress: { phase: 'checking', rows: 20, percent: null } },
    { result: { rows: 20 } },
  ]);
  assert.equal(ndjsonLines(whole, first.next).next, whole.length);
});
