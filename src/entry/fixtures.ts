// Test fixtures of entry control, in Điện Biên (seed 004): checkpoint TG in Thị trấn Tuần Giáo (03253, district
// 099), guest house NN1 in Phường Him Lam (03127), and Hà Nội listed as an outbreak area from 20/7/2021.
import type { TestDb } from '../test/db.ts';
import { createSite } from './sites.ts';
import { createArea } from './followups.ts';

export async function tuanGiao(t: TestDb): Promise<{ token: string; hostToken: string }> {
  const cp = await createSite(t.db, t.ctx, 'checkpoint', {
    checkpoint_code: 'TG',
    name: 'Chốt Tuần Giáo',
    kind: 'checkpoint',
    ward_code: '03253',
  });
  const host = await createSite(t.db, t.ctx, 'accommodation', {
    accommodation_code: 'NN1',
    name: 'Nhà nghỉ Him Lam',
    kind: 'guest_house',
    ward_code: '03127',
  });
  await createArea(t.db, t.ctx, { level: 'province', area_code: '01', effective_from: '2021-07-20' });
  return { token: cp.form_token as string, hostToken: host.form_token as string };
}
