// Who is signed in, what they may do and where: loaded from /auth/me, shared by every page.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, setCsrf, setUnauthorizedHandler } from '../shared/api.ts';
import { call, client } from '../shared/api-client.ts';
import type { components } from '../shared/api-schema.d.ts';
import { areaLabel, unitIndex, type Unit } from '../geo/units.ts';

export type Me = components['schemas']['CurrentUser'];

interface Session {
  me: Me | null | undefined; // undefined while asking the server
  expired: boolean;
  units: Unit[];
  units2024: Map<string, Unit>;
  /** "Huyện Châu Thành A, Tỉnh Hậu Giang" */
  jurisdiction: string;
  can: (permission: string) => boolean;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);
  const [units, setUnits] = useState<Unit[]>([]);

  const loadMe = useCallback(async () => {
    try {
      const m = await call(client.GET('/auth/me'));
      setCsrf(m.csrf_token);
      setMe(m);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) console.error(e);
      setMe(null);
    }
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setMe(null);
      setExpired(true);
    });
    void loadMe();
  }, [loadMe]);

  useEffect(() => {
    if (!me?.permissions.includes('geo.read')) return;
    call(client.GET('/geo/units')).then(setUnits, (e) => console.error(e));
  }, [me?.username, me?.permissions]);

  const value = useMemo<Session>(() => {
    const index = unitIndex(units);
    return {
      me,
      expired,
      units,
      units2024: index,
      // The name of the area once the units are here (the code alone if the user may not read them).
      jurisdiction: !me
        ? ''
        : units.length || !me.permissions.includes('geo.read')
          ? areaLabel(index, me.scope_code)
          : '…',
      can: (p) => !!(me?.permissions as readonly string[] | undefined)?.includes(p),
      async login(username, password) {
        const r = await call(client.POST('/auth/login', { body: { username, password } }));
        setCsrf(r.csrf_token);
        setExpired(false);
        await loadMe();
      },
      async logout() {
        await call(client.POST('/auth/logout')).catch(() => undefined);
        setCsrf(undefined);
        setMe(null);
      },
    };
  }, [me, expired, units, loadMe]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
