// The daily report for a cut-off, and the days before it for the trend charts.
import { useEffect, useState } from 'react';
import { call, client } from '../shared/api-client.ts';
import { dailyCutoffs } from './cutoff.ts';
import { trendPoint, type TrendPoint } from './daily-report.ts';

/** The daily report at a cut-off. */
export const getDailyReport = (at: string, signal: AbortSignal) =>
  client.GET('/reports/daily', { params: { query: { at } }, signal });

/** Runs `fn` over `items` with at most `limit` calls at a time, keeping the order of the results. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * One daily report per day for `days` days ending at `at`, so every point has the contract's exact meaning. The
 * server computes each from records; three at a time keep one dashboard from queueing a burst of them.
 */
export function useTrend(at: string | null, days: number): { points?: TrendPoint[]; error?: Error } {
  const [state, setState] = useState<{ points?: TrendPoint[]; error?: Error }>({});
  useEffect(() => {
    if (!at) return;
    const ctl = new AbortController();
    setState({});
    mapLimit(dailyCutoffs(at, days), 3, (t) => call(getDailyReport(t, ctl.signal))).then(
      (reports) => setState({ points: reports.map(trendPoint) }),
      (error: Error) => {
        if (!ctl.signal.aborted) setState({ error });
      },
    );
    return () => ctl.abort();
  }, [at, days]);
  return state;
}
