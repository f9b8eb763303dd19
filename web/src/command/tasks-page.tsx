// Tasks: the list per assignee with the overdue ones marked (filters in the URL), status updates recorded with who
// and when, a meeting's conclusions typed as lines each given to an assignee, and the weekly progress table.
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { call, client } from '../shared/api-client.ts';
import { useSession } from '../auth/session.tsx';
import { formatDate, formatInstant, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { toVnInput } from '../reports/cutoff.ts';
import type { components } from '../shared/api-schema.d.ts';
import { CommandNav, errorMessage, LoadState, Outcome } from './command-nav.tsx';

type Task = components['schemas']['Task'];
type Status = Task['status'];
const STATUSES: Status[] = ['open', 'in_progress', 'done', 'cancelled'];

export function TasksPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const assignee = params.get('assignee') ?? '';
  const overdue = params.get('overdue') === 'true';
  const [n, setN] = useState(0); // bumped after a change, to reload the lists
  const all = useApi((signal) => client.GET('/command/tasks', { signal }), [n]);
  const list = useApi(
    (signal) =>
      client.GET('/command/tasks', {
        params: { query: { ...(assignee ? { assignee } : {}), ...(overdue ? { overdue: 'true' as const } : {}) } },
        signal,
      }),
    [assignee, overdue, n],
  );
  // Assignees to choose from: those already given tasks, by name.
  const assignees = [...new Map((all.data ?? []).map((x) => [x.assignee, x.assignee_name])).entries()];
  const query = new URLSearchParams({ ...(assignee ? { assignee } : {}), ...(overdue ? { overdue: 'true' } : {}) });

  function filter(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const a = String(f.get('assignee') ?? '');
    setParams({ ...(a ? { assignee: a } : {}), ...(f.get('overdue') ? { overdue: 'true' } : {}) });
  }

  return (
    <div>
      <CommandNav />
      <div className="section-head">
        <h1>{t('command.tasks.title')}</h1>
        <a href={`/api/v1/command/tasks.xlsx?${query}`} download="">
          {t('command.xlsx')}
        </a>
      </div>
      <form
        className="card inline-form"
        onSubmit={filter}
        aria-label={t('command.tasks.filter')}
        key={query.toString()}
      >
        <label htmlFor="t-assignee">{t('command.tasks.assignee')}</label>
        <select id="t-assignee" name="assignee" defaultValue={assignee}>
          <option value="">{t('command.tasks.allAssignees')}</option>
          {assignees.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        <label className="inline">
          <input type="checkbox" name="overdue" defaultChecked={overdue} /> {t('command.tasks.overdueOnly')}
        </label>
        <button type="submit">{t('command.tasks.filter')}</button>
      </form>
      <LoadState loading={list.loading} error={list.error} hasData={!!list.data} />
      {list.data && (
        <TaskTable tasks={list.data} canWrite={can('command.write')} version={n} onChange={() => setN((x) => x + 1)} />
      )}
      {can('command.write') && <Conclusions assignees={assignees} onCreated={() => setN((x) => x + 1)} />}
      <Weekly n={n} />
    </div>
  );
}

function TaskTable({
  tasks,
  canWrite,
  version,
  onChange,
}: {
  tasks: Task[];
  canWrite: boolean;
  version: number;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [outcome, setOutcome] = useState<{ error?: string; done?: string }>({});
  const [shown, setShown] = useState<string | null>(null); // the task whose history is shown

  async function change(task: Task, status: Status) {
    try {
      await call(client.PATCH('/command/tasks/{ref}', { params: { path: { ref: task.task_ref } }, body: { status } }));
      setOutcome({
        done: t('command.tasks.changed', { ref: task.task_ref, status: t(`command.tasks.statuses.${status}`) }),
      });
      onChange();
    } catch (e) {
      setOutcome({ error: errorMessage(e) });
    }
  }

  return (
    <section className="card" aria-labelledby="t-list-title">
      <h2 id="t-list-title">{t('command.tasks.count', { n: formatNumber(tasks.length, lang) })}</h2>
      <Outcome {...outcome} />
      {tasks.length === 0 ? (
        <p className="muted">{t('command.none')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table data-testid="tasks">
            <thead>
              <tr>
                <th scope="col">{t('command.tasks.assignee')}</th>
                <th scope="col">{t('command.tasks.ref')}</th>
                <th scope="col">{t('command.tasks.task')}</th>
                <th scope="col">{t('command.tasks.directive')}</th>
                <th scope="col">{t('command.tasks.assignedOn')}</th>
                <th scope="col">{t('command.tasks.dueOn')}</th>
                <th scope="col">{t('command.tasks.status')}</th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((x) => (
                <tr key={x.task_ref} data-task={x.task_ref} className={x.overdue ? 'overdue' : undefined}>
                  <td>{x.assignee_name}</td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-expanded={shown === x.task_ref}
                      aria-label={t('command.tasks.showHistory', { ref: x.task_ref })}
                      onClick={() => setShown(shown === x.task_ref ? null : x.task_ref)}
                    >
                      {x.task_ref}
                    </button>
                  </td>
                  <th scope="row">{x.title}</th>
                  <td>{x.directive_number ?? '—'}</td>
                  <td>{formatDate(x.assigned_on)}</td>
                  <td>
                    {x.due_on ? formatDate(x.due_on) : '—'}
                    {x.overdue && <strong> · {t('command.tasks.overdue')}</strong>}
                  </td>
                  <td>
                    {canWrite ? (
                      <select
                        aria-label={t('command.tasks.change', { ref: x.task_ref })}
                        value={x.status}
                        onChange={(e) => void change(x, e.target.value as Status)}
                      >
                        {STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {t(`command.tasks.statuses.${s}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`command.tasks.statuses.${x.status}`)
                    )}
                    {x.done_on && <span className="muted"> {formatDate(x.done_on)}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown && <History taskRef={shown} version={version} />}
    </section>
  );
}

/** A task's status changes, newest first: what, who and when. */
function History({ taskRef, version }: { taskRef: string; version: number }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { data, error, loading } = useApi(
    (signal) => client.GET('/command/tasks/{ref}', { params: { path: { ref: taskRef } }, signal }),
    [taskRef, version],
  );
  return (
    <div data-testid="task-history">
      <h3>{t('command.tasks.history', { ref: taskRef })}</h3>
      <LoadState loading={loading} error={error} hasData={!!data} />
      {data && (
        <ul>
          {[...data.history].reverse().map((h, i) => (
            <li key={i}>
              {formatInstant(String(h.at), lang)} · {h.actor}: {t(`command.tasks.statuses.${h.status}`)}
              {h.done_on && ` (${formatDate(h.done_on)})`}
              {h.note && ` — ${h.note}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface Line {
  title: string;
  assignee: string;
  due_on: string;
}
const blank = (): Line => ({ title: '', assignee: '', due_on: '' });

/** A meeting's conclusions: one line each, each given to an assignee (a department, or a district/ward code). */
function Conclusions({ assignees, onCreated }: { assignees: [string, string][]; onCreated: () => void }) {
  const { t } = useTranslation();
  const stores = useApi((signal) => client.GET('/command/supplies/stores', { signal }), []);
  const districts = (stores.data ?? []).filter((s) => s.level === 'district');
  const [heldOn, setHeldOn] = useState(() => toVnInput(new Date()).slice(0, 10));
  const [directive, setDirective] = useState('');
  const [lines, setLines] = useState<Line[]>([blank()]);
  const [outcome, setOutcome] = useState<{ error?: string; done?: string }>({});
  const set = (i: number, l: Partial<Line>) => setLines(lines.map((x, j) => (j === i ? { ...x, ...l } : x)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const made = await call(
        client.POST('/command/tasks/conclusions', {
          body: {
            held_on: heldOn,
            directive_number: directive.trim() || null,
            lines: lines.map((l) => ({ title: l.title, assignee: l.assignee, due_on: l.due_on || null })),
          },
        }),
      );
      setOutcome({ done: t('command.tasks.created', { count: made.length }) });
      setLines([blank()]);
      onCreated();
    } catch (err) {
      setOutcome({ error: errorMessage(err) });
    }
  }

  return (
    <section className="card" aria-labelledby="t-concl-title">
      <h2 id="t-concl-title">{t('command.tasks.conclusions')}</h2>
      <p className="muted">{t('command.tasks.conclusionsHint')}</p>
      <form className="form" onSubmit={submit} data-testid="conclusions">
        <div className="inline-form">
          <label htmlFor="c-held">{t('command.tasks.heldOn')}</label>
          <input id="c-held" type="date" value={heldOn} required onChange={(e) => setHeldOn(e.target.value)} />
          <label htmlFor="c-directive">{t('command.tasks.directive')}</label>
          <input id="c-directive" value={directive} onChange={(e) => setDirective(e.target.value)} />
        </div>
        <datalist id="c-assignees">
          {assignees.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
          {districts
            .filter((d) => !assignees.some(([code]) => code === d.store))
            .map((d) => (
              <option key={d.store} value={d.store}>
                {d.name}
              </option>
            ))}
        </datalist>
        <ol>
          {lines.map((l, i) => (
            <li key={i} className="inline-form" data-line={i + 1}>
              <input
                aria-label={t('command.tasks.line', { n: i + 1 })}
                value={l.title}
                required
                size={50}
                placeholder={t('command.tasks.task')}
                onChange={(e) => set(i, { title: e.target.value })}
              />
              <input
                aria-label={`${t('command.tasks.assignee')} ${i + 1}`}
                list="c-assignees"
                value={l.assignee}
                required
                size={18}
                placeholder={t('command.tasks.assignee')}
                onChange={(e) => set(i, { assignee: e.target.value })}
              />
              <input
                aria-label={`${t('command.tasks.dueOn')} ${i + 1}`}
                type="date"
                value={l.due_on}
                onChange={(e) => set(i, { due_on: e.target.value })}
              />
              {lines.length > 1 && (
                <button type="button" className="secondary" onClick={() => setLines(lines.filter((_, j) => j !== i))}>
                  {t('command.tasks.removeLine', { n: i + 1 })}
                </button>
              )}
            </li>
          ))}
        </ol>
        <div className="inline-form">
          <button type="button" className="secondary" onClick={() => setLines([...lines, blank()])}>
            {t('command.tasks.addLine')}
          </button>
          <button type="submit">{t('command.tasks.createTasks')}</button>
        </div>
        <Outcome {...outcome} />
      </form>
    </section>
  );
}

function Weekly({ n }: { n: number }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [date, setDate] = useState(() => toVnInput(new Date()).slice(0, 10));
  const { data, error, loading } = useApi(
    (signal) =>
      client.GET('/command/tasks/weekly', { params: { query: { weeks: 4, ...(date ? { date } : {}) } }, signal }),
    [n, date],
  );
  const num = (x: number) => formatNumber(x, lang);
  return (
    <section className="card" aria-labelledby="t-weekly-title">
      <div className="section-head">
        <h2 id="t-weekly-title">{t('command.tasks.weekly')}</h2>
        <label className="inline">
          {t('command.tasks.weekOf')}
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
      </div>
      <LoadState loading={loading} error={error} hasData={!!data} />
      {data &&
        (data.rows.length === 0 ? (
          <p className="muted">{t('command.none')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table data-testid="weekly">
              <thead>
                <tr>
                  <th scope="col">{t('command.tasks.assignee')}</th>
                  {data.weeks.map((w) => (
                    <th key={w.week_start} scope="col" className="num">
                      {t('command.tasks.week', { from: formatDate(w.week_start), to: formatDate(w.week_end) })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.assignee} data-assignee={r.assignee}>
                    <th scope="row">{r.assignee_name}</th>
                    {r.weeks.map((w, i) => (
                      <td key={i} className="num">
                        {num(w.assigned)} {t('command.tasks.assigned')} · {num(w.done)} {t('command.tasks.doneShort')} ·{' '}
                        {num(w.open_at_end)} {t('command.tasks.openAtEnd')}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
