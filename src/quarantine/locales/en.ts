// The quarantine module's lists in English: the keys of vi.ts, each translated.
import type { Translation } from '../../shared/i18n.ts';
import type { vi } from './vi.ts';

export const en: Translation<typeof vi> = {
  kind: { centralized: 'Centralized', home: 'Home', self_monitoring: 'Self-monitoring' },
  column: {
    person_ref: 'Person ref',
    full_name: 'Full name',
    phone: 'Phone',
    ward_name: 'Ward',
    hamlet: 'Hamlet',
    address: 'Address',
    kind: 'Kind',
    facility_code: 'Facility',
    start_at: 'Start',
    planned_end_at: 'Planned end',
    rule_set_name: 'Rule set applied',
    test_day: 'Day no.',
    sampled: 'Sampled',
    end_at: 'Ended at',
    next: 'Next',
    days_overdue: 'Days overdue',
    last_exposed_on: 'Last contact with a case',
  },
  sampled: 'Yes',
  follow_on: '{kind} {days} days',
  due: {
    tests_due: 'Tests due',
    ending_today: 'Ending today',
    overdue: 'Overdue, not closed',
    f1_without_episode: 'F1 without quarantine',
  },
  review: {
    sheet: 'Subject groups',
    title: 'Handling by subject group, {from} to {to}',
    column: {
      no: 'No.',
      label: 'Subject group',
      centralized: 'Centralized',
      home: 'Home',
      self_monitoring: 'Self-monitoring',
      total: 'Total',
    },
    group: {
      abroad: 'Returned from abroad',
      outbreak_area: 'Returned from domestic outbreak areas',
      contact: 'Close contacts of confirmed cases',
      tet_returnee: 'Workers and students home for Tết',
      screened: 'Found by screening or testing',
      other: 'Other',
      unspecified: 'No subject group given',
      tested: 'Tested for Covid-19 among groups 1–4',
      total: 'Total',
    },
  },
};
