// The residents report (docs/contracts/period-report.md, "Residents abroad and residents held in other provinces").
import { z } from 'zod';

const count = z.number().int();

export const ResidentsReport = z
  .object({
    at: z.iso.datetime({ offset: true }).describe('The cut-off T, in Viet Nam time'),
    abroad: z.object({
      total: count.describe('Registered residents with no returned_on ≤ T (still abroad)'),
      returned: count.describe('Registered residents with returned_on ≤ T (a day counts from its start)'),
      expected_by_country: z
        .array(z.object({ country: z.string().describe('ISO 3166 alpha-2'), count }))
        .describe('Of total, those with an expected_return_on, by country (ordered by code)'),
    }),
    held_elsewhere: z
      .array(
        z.object({
          province_code: z.string(),
          completed: count.describe('Episodes held there ended completed at or before T'),
          current: count.describe('Episodes held there open at T'),
        }),
      )
      .describe('Quarantine episodes of residents held in another province, by province (ordered by code)'),
  })
  .meta({ id: 'ResidentsReport' });
export type ResidentsReport = z.infer<typeof ResidentsReport>;
