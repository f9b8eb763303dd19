// The permission vocabulary. It sits below every module so Ctx, the route config and requireAccess can name a
// permission with its type checked; each module's own permissions are listed with it in src/app/modules.ts, and
// roles are granted them in src/auth/roles.ts.

/**
 * Permissions are `area.action`. Modules name the permission each route needs; a role holds a list.
 * Reading people is broad (tracing needs it); changing them, merging, admin and audit are narrower.
 */
export const PERMISSIONS = [
  'people.read',
  'people.write',
  'people.merge',
  'geo.read',
  'geo.write',
  'imports.run',
  'reports.read',
  'reports.issue',
  'audit.read',
  'users.manage',
  'rules.manage',
  'tracing.read',
  'tracing.write',
  'quarantine.read',
  'quarantine.write',
  'testing.read',
  'testing.write',
  'vaccination.read',
  'vaccination.write',
  'vaccination.manage',
  'entry.read',
  'entry.write',
  'entry.manage',
  'entry.followup',
  'command.read',
  'command.write',
  'command.manage',
  'zoning.read',
  'zoning.write',
  'treatment.read',
  'treatment.write',
  'portal.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
