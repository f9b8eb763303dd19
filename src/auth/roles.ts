// Roles and what each may do. Jurisdiction (province / district / ward) is separate: see scope.ts.
import { PERMISSIONS, type Permission } from '../shared/permissions.ts';

export const ROLES = [
  'province_admin',
  'province_officer',
  'district_officer',
  'commune_officer',
  'lab_staff',
  'checkpoint_staff',
  'leader',
] as const;
export type Role = (typeof ROLES)[number];

const officer: Permission[] = [
  'people.read',
  'people.write',
  'geo.read',
  'imports.run',
  'reports.read',
  'tracing.read',
  'tracing.write',
  'quarantine.read',
  'quarantine.write',
  'testing.read',
  'testing.write',
  'vaccination.read',
  'vaccination.write',
  'zoning.read',
  'zoning.write',
  'treatment.read',
  'treatment.write',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  province_admin: PERMISSIONS,
  province_officer: [
    ...officer,
    'vaccination.manage',
    'reports.issue',
    'people.merge',
    'geo.write',
    'entry.read',
    'entry.write',
    'entry.manage',
    'entry.followup',
    'command.read',
    'command.write',
    'command.manage',
    'portal.manage',
  ],
  district_officer: [
    ...officer,
    'reports.issue',
    'people.merge',
    'entry.read',
    'entry.followup',
    'command.read',
    'command.write',
  ],
  commune_officer: [...officer, 'entry.read', 'entry.followup', 'command.read', 'command.write'],
  lab_staff: ['people.read', 'geo.read', 'imports.run', 'testing.read', 'testing.write'],
  checkpoint_staff: ['people.read', 'people.write', 'geo.read', 'entry.read', 'entry.write', 'zoning.read'],
  leader: ['geo.read', 'reports.read', 'zoning.read', 'treatment.read', 'command.read'],
};

/** Roles whose jurisdiction level is fixed by the role itself. */
export const ROLE_SCOPE: Partial<Record<Role, 'province' | 'district' | 'ward'>> = {
  province_admin: 'province',
  province_officer: 'province',
  district_officer: 'district',
  commune_officer: 'ward',
};
