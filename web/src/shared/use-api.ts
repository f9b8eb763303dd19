// Loads a GET endpoint for a component through the typed client; reloads when a dependency or the language changes.
//   const { data } = useApi((signal) => client.GET('/persons/{ref}', { params: { path: { ref } }, signal }), [ref]);
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api.ts';
import { call } from './api-client.ts';

export interface Loaded<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  reload: () => void;
}

type Answer = { data?: unknown; error?: unknown; response: Response };

/** `request` (null: nothing to load) is read again only when `deps` change, as with useEffect. */
export function useApi<R extends Answer>(
  request: ((signal: AbortSignal) => Promise<R>) | null,
  deps: readonly unknown[],
): Loaded<Exclude<R['data'], undefined>> {
  type T = Exclude<R['data'], undefined>;
  const { i18n } = useTranslation();
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: !!request });
  const [n, setN] = useState(0);
  const reload = useCallback(() => setN((x) => x + 1), []);
  useEffect(() => {
    if (!request) {
      setState({ loading: false });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    call(request(ctl.signal)).then(
      (data) => setState({ data, loading: false }),
      (e: unknown) => {
        if (ctl.signal.aborted) return;
        setState({
          loading: false,
          error: e instanceof ApiError ? e : new ApiError(0, String((e as Error)?.message ?? e)),
        });
      },
    );
    return () => ctl.abort();
    // The caller names what the request depends on (a new closure every render is no reason to reload).
  }, [...deps, !!request, n, i18n.language]);
  return { ...state, reload };
}
