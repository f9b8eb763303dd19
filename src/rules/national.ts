// The national rule periods (docs/domain.md), seeded into every province's rule sets. A province admin may add its
// own dated rule sets; an event is judged by the set in force on its date (the latest effective_from ≤ that date).
export interface QuarantineRule {
  /** Days in the episode's own kind. */
  days: number;
  /** Days of the follow-on episode (home or self-monitoring) once this one ends. */
  follow_on_kind?: 'home' | 'self_monitoring';
  follow_on_days?: number;
  /** Sampling days counted from the start (day 1 = the start date). */
  test_days: number[];
}

export interface Rules {
  /** Exposures count for F-levels while exposed_on ≥ T − contact_window_days. */
  contact_window_days: number;
  /** A cluster closes after this many days with no new case. */
  cluster_close_days: number;
  /** A positive PCR confirms the person as a case automatically. */
  auto_confirm_positive_pcr: boolean;
  /** Quarantine by kind; `_vaccinated` variants apply to fully vaccinated persons where a period distinguishes. */
  quarantine: {
    centralized: QuarantineRule;
    home: QuarantineRule;
    self_monitoring: QuarantineRule;
    centralized_vaccinated?: QuarantineRule;
    home_vaccinated?: QuarantineRule;
  };
  /** Pool size limits (3486/QĐ-BYT). */
  pool_max_size: number;
  household_pool_max_size: number;
  /** Treatment (contracts/treatment.md): percent of cases needing each tier (sums to 100). */
  severity_mix?: { '1': number; '2': number; '3': number };
  /** Percent of the tier-1 cases treated at home. */
  home_share_tier1?: number;
  /** Days between checks of an F0 treated at home. */
  home_check_days?: number;
  /** Risk zoning (docs/contracts/zoning.md); absent before 2686/QĐ-BCĐQG: levels then come from decisions only. */
  zoning?: ZoningRule;
  /**
   * Entry control: the follow-ups owed by an arrival from an outbreak area inside the province (a ward or district at
   * level 4 or under lockdown on the day of arrival); absent = test and quarantine. A hand-kept area outside the
   * province carries its own.
   */
  outbreak_followups?: ('test' | 'quarantine')[];
  /**
   * Seed 000: an F1's negative result at the end (they await no other) ends their F2's home and self-monitoring
   * quarantine at the result's time (src/quarantine/release.sql); absent = no.
   */
  f2_release_on_source_negative?: boolean;
}

export interface ZoningRule {
  /** `rate_matrix`: levels from the case rate and coverage; `assessed`: declared by decisions, rolled up. */
  method: 'rate_matrix' | 'assessed';
  /** Community cases counted over the window_days days ending with the day. */
  window_days: number;
  /** Band = the number of these values ≤ the rate per 100,000 (ascending). */
  rate_bands: number[];
  coverage: { dose1_18plus_pct: number; full_50plus_pct: number; full_doses: number };
  /** Level by band (one more entry than rate_bands), when the coverage is met and when it is not. */
  levels: { met: number[]; not_met: number[] };
  /** The level of a unit with no community case in the window. */
  zero_level: number;
  /** The decision the zoning rule rests on. */
  basis?: string;
}

export interface RuleSetSeed {
  effective_from: string;
  name: string;
  basis: string;
  rules: Rules;
}

const base: Rules = {
  contact_window_days: 14,
  cluster_close_days: 14,
  auto_confirm_positive_pcr: true,
  quarantine: {
    centralized: { days: 14, follow_on_kind: 'self_monitoring', follow_on_days: 14, test_days: [1, 14] },
    home: { days: 14, test_days: [1, 14] },
    self_monitoring: { days: 14, test_days: [] },
  },
  pool_max_size: 5,
  household_pool_max_size: 15,
  severity_mix: { '1': 80, '2': 15, '3': 5 },
  home_share_tier1: 0,
  home_check_days: 1,
  outbreak_followups: ['test', 'quarantine'],
};

// The national zoning periods, from the decisions' tables (DOMAIN.md). 2686/QĐ-BCĐQG levels are assessed by the
// steering committees; the figures are still computed and shown beside them. 4800/QĐ-BYT (Resolution 128/NQ-CP):
// new community cases per 100,000 per week in four groups (<20, 20–<50, 50–<150, ≥150) × vaccine coverage (≥70%
// of adults with one dose and ≥80% of those 50+ fully vaccinated). 218/QĐ-BYT raised the case groups (<50,
// 50–<150, 150–<200, ≥200).
const coverage128 = { dose1_18plus_pct: 70, full_50plus_pct: 80, full_doses: 2 };
export const NATIONAL_ZONING: { effective_from: string; name: string; zoning: ZoningRule }[] = [
  {
    effective_from: '2021-05-31',
    name: 'Phân vùng nguy cơ theo 2686/QĐ-BCĐQG',
    zoning: {
      method: 'assessed',
      window_days: 14,
      rate_bands: [20, 50, 150],
      coverage: coverage128,
      levels: { met: [1, 2, 3, 4], not_met: [1, 2, 3, 4] },
      zero_level: 1,
      basis: '2686/QĐ-BCĐQG (31/5/2021)',
    },
  },
  {
    effective_from: '2021-10-11',
    name: 'Cấp độ dịch theo 4800/QĐ-BYT',
    zoning: {
      method: 'rate_matrix',
      window_days: 7,
      rate_bands: [20, 50, 150],
      coverage: coverage128,
      levels: { met: [1, 2, 3, 3], not_met: [2, 3, 4, 4] },
      zero_level: 1,
      basis: '4800/QĐ-BYT (12/10/2021), 128/NQ-CP (11/10/2021)',
    },
  },
  {
    effective_from: '2022-01-27',
    name: 'Cấp độ dịch theo 218/QĐ-BYT',
    zoning: {
      method: 'rate_matrix',
      window_days: 7,
      rate_bands: [50, 150, 200],
      coverage: coverage128,
      levels: { met: [1, 2, 3, 3], not_met: [2, 3, 4, 4] },
      zero_level: 1,
      basis: '218/QĐ-BYT (27/01/2022)',
    },
  },
];

/**
 * The national rule sets as seeded: the periods above merged with the zoning periods (a zoning date that starts
 * no period of its own opens a set with the rules then in force, named and based on both: a quarantine plan citing it
 * still names the directive its days come from).
 */
export function nationalRuleSets(): RuleSetSeed[] {
  const dates = [...new Set([...NATIONAL_RULE_SETS, ...NATIONAL_ZONING].map((r) => r.effective_from))].sort();
  return dates.map((d) => {
    const base = NATIONAL_RULE_SETS.filter((r) => r.effective_from <= d).at(-1)!;
    const zoning = NATIONAL_ZONING.filter((z) => z.effective_from <= d).at(-1);
    const rules = zoning ? { ...base.rules, zoning: zoning.zoning } : base.rules;
    return base.effective_from === d
      ? { ...base, rules }
      : {
          effective_from: d,
          name: `${base.name}; ${zoning!.name}`,
          basis: `${base.basis}; ${zoning!.zoning.basis}`,
          rules,
        };
  });
}

export const NATIONAL_RULE_SETS: RuleSetSeed[] = [
  {
    effective_from: '2020-01-01',
    name: '14 ngày cách ly tập trung',
    basis: 'Quy định 2020–4/2021',
    rules: { ...base, f2_release_on_source_negative: true },
  },
  {
    effective_from: '2021-05-05',
    name: '21 ngày tập trung + 7 ngày tự theo dõi',
    basis: '600/CĐ-BCĐ (05/5/2021)',
    rules: {
      ...base,
      quarantine: {
        centralized: { days: 21, follow_on_kind: 'self_monitoring', follow_on_days: 7, test_days: [1, 14, 20] },
        home: { days: 21, test_days: [1, 14, 20] },
        self_monitoring: { days: 7, test_days: [] },
      },
    },
  },
  {
    effective_from: '2021-07-14',
    name: '14 ngày tập trung + 14 ngày tại nhà',
    basis: '5599/BYT-MT (14/7/2021)',
    rules: {
      ...base,
      quarantine: {
        centralized: { days: 14, follow_on_kind: 'home', follow_on_days: 14, test_days: [1, 7, 14] },
        home: { days: 14, test_days: [1, 7, 14] },
        self_monitoring: { days: 14, test_days: [] },
      },
    },
  },
  {
    effective_from: '2021-10-11',
    name: 'Theo tình trạng tiêm chủng',
    basis: '4800/QĐ-BYT, 128/NQ-CP (10/2021)',
    rules: {
      ...base,
      quarantine: {
        centralized: { days: 14, follow_on_kind: 'home', follow_on_days: 14, test_days: [1, 7, 14] },
        centralized_vaccinated: { days: 7, follow_on_kind: 'self_monitoring', follow_on_days: 7, test_days: [1, 7] },
        home: { days: 14, test_days: [1, 7, 14] },
        home_vaccinated: { days: 7, test_days: [1, 7] },
        self_monitoring: { days: 14, test_days: [] },
      },
    },
  },
  {
    effective_from: '2021-12-16',
    name: '7 ngày tại nhà + 7 ngày tự theo dõi',
    basis: '10696/BYT-MT (16/12/2021)',
    rules: {
      ...base,
      quarantine: {
        centralized: { days: 7, follow_on_kind: 'self_monitoring', follow_on_days: 7, test_days: [1, 7] },
        home: { days: 7, follow_on_kind: 'self_monitoring', follow_on_days: 7, test_days: [1, 7] },
        self_monitoring: { days: 7, test_days: [] },
      },
    },
  },
  {
    effective_from: '2022-02-21',
    name: '5+5 ngày (đã tiêm) / 7+3 ngày (chưa tiêm)',
    basis: '762/BYT-DP (21/02/2022)',
    rules: {
      ...base,
      quarantine: {
        centralized: { days: 7, follow_on_kind: 'self_monitoring', follow_on_days: 3, test_days: [1, 7] },
        centralized_vaccinated: { days: 5, follow_on_kind: 'self_monitoring', follow_on_days: 5, test_days: [1, 5] },
        home: { days: 7, follow_on_kind: 'self_monitoring', follow_on_days: 3, test_days: [1, 7] },
        home_vaccinated: { days: 5, follow_on_kind: 'self_monitoring', follow_on_days: 5, test_days: [1, 5] },
        self_monitoring: { days: 10, test_days: [] },
      },
    },
  },
];
