// Loads a GET endpoint for a component; reloads when the path or the language changes.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from './api.ts';

export interface Loaded<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  reload: () => void;
}

export function useApi<T>(path: string | null): Loaded<T> {
  const { i18n } = useTranslation();
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: !!path });
  const [n, setN] = useState(0);
  const reload = useCallback(() => setN((x) => x + 1), []);
  useEffect(() => {
    if (!path) {
      setState({ loading: false });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    api<T>(path, { signal: ctl.signal }).then(
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
  }, [path, n, i18n.language]);
  return { ...state, reload };
}
