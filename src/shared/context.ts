// What every service call knows about who asks: the province tenant, the actor, their permissions and
// jurisdiction, the request and its language.
import type { Lang } from './messages.ts';
import { PERMISSIONS, type Permission } from './permissions.ts';

export interface Ctx {
  province: string;
  actor: string; // user name, or 'cli' / 'system'
  userId?: number;
  requestId?: string;
  lang: Lang;
  permissions: ReadonlySet<Permission>;
  /** Ward codes the actor may read and change; null = the whole province. */
  wards: readonly string[] | null;
}

/** The operator at the server's own command line: the whole province, every permission. */
export function systemCtx(province: string, actor: string, lang: Lang): Ctx {
  return { province, actor, lang, permissions: new Set(PERMISSIONS), wards: null };
}
