import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { humanize } from '../../shared/format';
import { api } from '../client';
import { ComingUp } from './ComingUp';

/** `GET /api/me/follow-ups`: the signed-in rep's open and snoozed follow-ups, overdue first. */
export interface MyFollowUp {
  id: string;
  partyId: string;
  partyName: string;
  reason: string;
  title: string | null;
  dueAt: string;
  status: 'Open' | 'Snoozed';
  snoozedUntil: string | null;
  overdue: boolean;
}

type State = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; items: MyFollowUp[] };

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** My follow-ups: what I owe clients, overdue first, each completed or snoozed in one click. */
export function MyFollowUpsView() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setState({ status: 'ready', items: await api.get<MyFollowUp[]>('/api/me/follow-ups') });
    } catch (error) {
      setState({ status: 'failed', message: errorMessage(error) });
    }
  }, []);

  useEffect(() => void load(), [load]);

  async function act(item: MyFollowUp, path: string, body: unknown) {
    setBusy(item.id);
    setActionError(null);
    try {
      await api.post(`/api/pane/follow-ups/${item.id}/${path}`, body);
      await load();
    } catch (error) {
      setActionError(errorMessage(error));
    } finally {
      setBusy(null);
    }
  }

  if (state.status === 'loading') return <p class="muted" role="status">Loading your follow-ups…</p>;
  if (state.status === 'failed') return <p class="form-error" role="alert">{state.message}</p>;
  const overdue = state.items.filter((i) => i.overdue).length;
  return (
    <>
      <h1 tabIndex={-1}>My follow-ups</h1>
      <ComingUp />
      <p role="status">{state.items.length === 0 ? 'Nothing open: well done.' : `${state.items.length} open, ${overdue} overdue.`}</p>
      {actionError && <p class="form-error" role="alert">{actionError}</p>}
      {state.items.length > 0 && (
        <div class="table-scroll">
          <table class="table" aria-label="My follow-ups">
            <thead><tr><th scope="col">Due</th><th scope="col">Client</th><th scope="col">What</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {state.items.map((item) => {
                const what = item.title ?? humanize(item.reason);
                return (
                  <tr key={item.id} class={item.overdue ? 'row-overdue' : undefined}>
                    <td>{day(item.dueAt)}{item.overdue && <span class="badge badge-danger"> overdue</span>}
                      {item.status === 'Snoozed' && item.snoozedUntil && <div class="muted">snoozed to {day(item.snoozedUntil)}</div>}</td>
                    <td>{item.partyName}</td>
                    <td>{what}<div class="muted">{humanize(item.reason)}</div></td>
                    <td class="buttons">
                      <button type="button" class="button small" disabled={busy !== null} aria-label={`Complete: ${what} (${item.partyName})`}
                        onClick={() => void act(item, 'complete', {})}>Complete</button>
                      <button type="button" class="button small" disabled={busy !== null} aria-label={`Snooze a week: ${what} (${item.partyName})`}
                        onClick={() => void act(item, 'snooze', { until: new Date(Date.now() + 7 * 86_400_000).toISOString(), reason: 'Snoozed from My follow-ups' })}>
                        Snooze 1 week
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
