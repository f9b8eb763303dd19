// Supplies: each item's stock per store at a cut-off, the form to record a receipt, issue, transfer or stock count
// (an issue or transfer that would go below zero is refused by the server, its message naming the stock), and the
// latest movements.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { call, client } from '../shared/api-client.ts';
import { useSession } from '../auth/session.tsx';
import { formatInstant, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { inputToCutoff, toVnInput } from '../reports/cutoff.ts';
import { useOpeningCutoff } from '../reports/opening-cutoff.tsx';
import type { components } from '../shared/api-schema.d.ts';
import { CommandNav, errorMessage, LoadState, Outcome } from './command-nav.tsx';

type StockLine = components['schemas']['StockLine'];
type Store = components['schemas']['SupplyStore'];
const KINDS = ['receipt', 'issue', 'transfer', 'adjustment'] as const;
const SOURCES = ['budget', 'moh', 'donation', 'other'] as const;

/** Items as rows, the stores holding any as columns (in the stores' order), with each item's total. */
export function stockTable(lines: StockLine[], stores: Store[]) {
  const held = stores.filter((s) => lines.some((l) => l.store === s.store));
  const items = [...new Map(lines.map((l) => [l.item, { item: l.item, name: l.name, unit: l.unit }])).values()];
  const rows = items.map((i) => {
    const of = lines.filter((l) => l.item === i.item);
    return {
      ...i,
      stock: held.map((s) => of.find((l) => l.store === s.store)?.stock ?? null),
      total: of.reduce((a, l) => a + l.stock, 0),
    };
  });
  return { held, rows };
}

export function SuppliesPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { can } = useSession();
  const [input, setInput] = useState(useOpeningCutoff());
  const [applied, setApplied] = useState(input);
  const [n, setN] = useState(0);
  const at = inputToCutoff(applied)!;
  const stores = useApi((signal) => client.GET('/command/supplies/stores', { signal }), []);
  const stock = useApi(
    (signal) => client.GET('/command/supplies/stock', { params: { query: { at } }, signal }),
    [at, n],
  );
  const table = stock.data && stores.data ? stockTable(stock.data, stores.data) : undefined;
  const num = (x: number | null) => (x == null ? '—' : formatNumber(x, lang));

  return (
    <div>
      <CommandNav />
      <div className="section-head">
        <h1>{t('command.supplies.title')}</h1>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (inputToCutoff(input)) setApplied(input);
          }}
        >
          <label htmlFor="s-at">{t('command.at')}</label>
          <input id="s-at" type="datetime-local" value={input} required onChange={(e) => setInput(e.target.value)} />
          <button type="submit">{t('command.apply')}</button>
        </form>
      </div>
      <section className="card" aria-labelledby="s-stock-title">
        <div className="section-head">
          <h2 id="s-stock-title">
            {t('command.supplies.stock')} <span className="muted">({formatInstant(at, lang)})</span>
          </h2>
          <a href={`/api/v1/command/supplies/stock.xlsx?at=${encodeURIComponent(at)}`} download="">
            {t('command.xlsx')}
          </a>
        </div>
        <LoadState loading={stock.loading} error={stock.error ?? stores.error} hasData={!!table} />
        {table &&
          (table.rows.length === 0 ? (
            <p className="muted">{t('command.none')}</p>
          ) : (
            <div className="table-wrap" tabIndex={0}>
              <table data-testid="stock">
                <thead>
                  <tr>
                    <th scope="col">{t('command.supplies.item')}</th>
                    <th scope="col">{t('command.supplies.unit')}</th>
                    {table.held.map((s) => (
                      <th key={s.store} scope="col" className="num">
                        {s.name}
                      </th>
                    ))}
                    <th scope="col" className="num">
                      {t('command.total')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((r) => (
                    <tr key={r.item} data-item={r.item}>
                      <th scope="row">{r.name}</th>
                      <td>{r.unit}</td>
                      {r.stock.map((q, i) => (
                        <td key={i} className="num">
                          {num(q)}
                        </td>
                      ))}
                      <td className="num">
                        <strong>{num(r.total)}</strong>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </section>
      {can('command.write') && stores.data && <MovementForm stores={stores.data} onDone={() => setN((x) => x + 1)} />}
      <Movements n={n} stores={stores.data ?? []} />
    </div>
  );
}

function MovementForm({ stores, onDone }: { stores: Store[]; onDone: () => void }) {
  const { t } = useTranslation();
  const items = useApi((signal) => client.GET('/command/supplies/items', { signal }), []);
  const [kind, setKind] = useState<(typeof KINDS)[number]>('issue');
  const [outcome, setOutcome] = useState<{ error?: string; done?: string }>({});

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const s = (k: string) => String(f.get(k) ?? '').trim();
    try {
      await call(
        client.POST('/command/supplies/movements', {
          body: {
            kind,
            item: s('item'),
            store: s('store'),
            quantity: Number(s('quantity').replace(',', '.')),
            at: inputToCutoff(s('at'))!,
            source: kind === 'receipt' ? (s('source') as (typeof SOURCES)[number]) : null,
            counterparty: s('counterparty') || null,
            to_store: kind === 'transfer' ? s('to_store') : null,
          },
        }),
      );
      setOutcome({ done: t('command.supplies.recorded') });
      onDone();
    } catch (err) {
      setOutcome({ error: errorMessage(err) });
    }
  }

  const storeOptions = stores.map((s) => (
    <option key={s.store} value={s.store}>
      {s.name}
    </option>
  ));
  return (
    <section className="card" aria-labelledby="s-move-title">
      <h2 id="s-move-title">{t('command.supplies.movement')}</h2>
      <form className="form" onSubmit={submit} data-testid="movement">
        <label htmlFor="m-kind">{t('command.supplies.kind')}</label>
        <select id="m-kind" value={kind} onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`command.supplies.kinds.${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor="m-item">{t('command.supplies.item')}</label>
        <select id="m-item" name="item" required>
          {(items.data ?? []).map((i) => (
            <option key={i.item} value={i.item}>
              {i.name} ({i.unit})
            </option>
          ))}
        </select>
        <label htmlFor="m-store">{t('command.supplies.store')}</label>
        <select id="m-store" name="store" required>
          {storeOptions}
        </select>
        {kind === 'transfer' && (
          <>
            <label htmlFor="m-to">{t('command.supplies.toStore')}</label>
            <select id="m-to" name="to_store" required>
              {storeOptions}
            </select>
          </>
        )}
        <label htmlFor="m-qty">{t('command.supplies.quantity')}</label>
        <input id="m-qty" name="quantity" inputMode="decimal" required pattern="-?[0-9]+([.,][0-9]+)?" />
        <label htmlFor="m-at">{t('command.at')}</label>
        <input id="m-at" name="at" type="datetime-local" required defaultValue={toVnInput(new Date())} />
        {kind === 'receipt' && (
          <>
            <label htmlFor="m-source">{t('command.supplies.source')}</label>
            <select id="m-source" name="source">
              {SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`command.supplies.sources.${s}`)}
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor="m-counterparty">{t('command.supplies.counterparty')}</label>
        <input id="m-counterparty" name="counterparty" />
        <button type="submit">{t('command.supplies.record')}</button>
        <Outcome {...outcome} />
      </form>
    </section>
  );
}

function Movements({ n, stores }: { n: number; stores: Store[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { data, error, loading } = useApi(
    (signal) => client.GET('/command/supplies/movements', { params: { query: { limit: 20 } }, signal }),
    [n],
  );
  const storeName = (code: string) => stores.find((s) => s.store === code)?.name ?? code;
  return (
    <section className="card" aria-labelledby="s-moves-title">
      <div className="section-head">
        <h2 id="s-moves-title">{t('command.supplies.movements')}</h2>
        <a href="/api/v1/command/supplies/movements.xlsx" download="">
          {t('command.xlsx')}
        </a>
      </div>
      <LoadState loading={loading} error={error} hasData={!!data} />
      {data && data.length > 0 && (
        <div className="table-wrap" tabIndex={0}>
          <table data-testid="movements">
            <thead>
              <tr>
                <th scope="col">{t('command.at')}</th>
                <th scope="col">{t('command.supplies.kind')}</th>
                <th scope="col">{t('command.supplies.item')}</th>
                <th scope="col">{t('command.supplies.store')}</th>
                <th scope="col" className="num">
                  {t('command.supplies.quantity')}
                </th>
                <th scope="col">{t('command.supplies.source')}</th>
                <th scope="col">{t('command.supplies.counterparty')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((m) => (
                <tr key={m.movement_ref} data-movement={m.movement_ref}>
                  <td>{formatInstant(String(m.at), lang)}</td>
                  <td>{t(`command.supplies.kinds.${m.kind}`)}</td>
                  <th scope="row">{m.name}</th>
                  <td>{storeName(m.store)}</td>
                  <td className="num">
                    {formatNumber(m.quantity, lang)} {m.unit}
                  </td>
                  <td>{m.source ? t(`command.supplies.sources.${m.source}`) : '—'}</td>
                  <td>{m.counterparty ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
