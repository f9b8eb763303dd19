// Unit tests of the logic behind the treatment pages (web/src/treatment): the typed case count of the capacity page,
// the chart's 30 Viet Nam days, and severity observations in the person's history.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCases, seriesRange } from '../../web/src/treatment/treatment.ts';
import { timelineEvents } from '../../web/src/people/timeline.ts';

test('capacity page: a typed case count with Vietnamese or English grouping, anything else refused', () => {
  assert.equal(parseCases('10.000'), 10000);
  assert.equal(parseCases('2,000'), 2000);
  assert.equal(parseCases(' 1 000 '), 1000);
  assert.equal(parseCases('0'), 0);
  assert.equal(parseCases(''), null);
  assert.equal(parseCases('-5'), null);
  assert.equal(parseCases('1,5k'), null);
});

test('severity chart: the range ends on the cut-off day in Viet Nam and spans the days asked, across a month', () => {
  assert.deepEqual(seriesRange('2021-08-02T23:59:59+07:00', 30), { from: '2021-07-04', to: '2021-08-02' });
  assert.deepEqual(seriesRange('2021-08-02T00:00:00+07:00', 1), { from: '2021-08-02', to: '2021-08-02' });
});

test('person history: severity observations sorted among the other events, severe and critical flagged', () => {
  const events = timelineEvents({
    severity: [
      { observed_at: '2021-08-03T09:00:00+07:00', severity: 'severe', oxygen: 'hfnc' },
      { observed_at: '2021-08-01T09:00:00+07:00', severity: 'mild', oxygen: 'none' },
    ],
  });
  assert.deepEqual(
    events.map((e) => [e.at, e.kind, e.warn, e.values]),
    [
      ['2021-08-01T09:00:00+07:00', 'severity', false, { severity: 'mild', oxygen: 'none' }],
      ['2021-08-03T09:00:00+07:00', 'severity', true, { severity: 'severe', oxygen: 'hfnc' }],
    ],
  );
});
