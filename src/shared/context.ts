// What every service call knows about who asks: the province tenant, the actor, the request and its language.
import type { Lang } from './messages.ts';

export interface Ctx {
  province: string;
  actor: string;       // user name, or 'cli' / 'system'
  requestId?: string;
  lang: Lang;
}
