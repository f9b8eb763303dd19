// The demo province's zoning decisions and measures (docs/contracts/zoning.md): the wave of 2021 falls mostly in the
// 2686/QĐ-BCĐQG period, when levels were declared by decisions, so the demo declares some — the province seat's
// district red under Chỉ thị 16 with one ward locked down, the province orange under Chỉ thị 15 — then eases them.
import type { Calendar } from '../demo/calendar.ts';
import type { Sink } from '../demo/files.ts';
import type { Geo } from '../demo/population.ts';

/** Writes the zoning_decisions and measures rows: days are counted from the wave's first day. */
export function writeZoningDemo(geo: Geo, cal: Calendar, out: Sink): void {
  const seat = geo.districts[0],
    other = geo.districts[1];
  const [w1, w2] = seat.wards.map((i) => geo.wards[i]);
  const d = (day: number) => (day < cal.days ? cal.date(day) : null);
  const qd = (n: number) => `${n}/QĐ-UBND`;
  const decision = (unit: string, level: number, from: number, to: number | null, n: number, reason: string) =>
    out.row('zoning_decisions', [unit, level, d(from), to === null ? null : d(to), qd(n), reason]);
  const measure = (unit: string, m: string, from: number, to: number | null, n: number, note: string | null) =>
    out.row('measures', [unit, m, d(from), to === null ? null : d(to), qd(n), note]);

  decision(geo.provinceCode, 3, 30, 75, 1501, 'Nhiều ổ dịch trong cộng đồng ở nhiều huyện');
  decision(seat.code, 4, 30, 60, 1502, 'Lây nhiễm trong cộng đồng chưa kiểm soát');
  decision(seat.code, 3, 61, 75, 1650, 'Số ca giảm, còn ca trong cộng đồng');
  decision(w1.code, 4, 35, 48, 1530, 'Chùm ca bệnh tại chợ');
  if (w2) decision(w2.code, 3, 35, 60, 1531, 'Ca bệnh liên quan chùm ca tại chợ');
  if (other) decision(other.code, 2, 40, 70, 1540, 'Có ca bệnh rải rác đã được cách ly');

  measure(geo.provinceCode, 'ct15', 20, 90, 1480, null);
  measure(seat.code, 'ct16', 30, 60, 1502, null);
  measure(seat.code, 'ct19', 61, 90, 1650, null);
  measure(w1.code, 'lockdown', 35, 48, 1530, `Phong toả ${w1.hamlets.slice(0, 2).join(', ')}`);
}
