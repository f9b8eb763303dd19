// Import kind `vaccinations` (contracts/imports.md).
import { upsertFromStaging, type ImportKind } from '../imports/pipeline.ts';
import { code, date, integer, oneOf, text } from '../imports/fields.ts';
import { personId, personJoin, personRefOf, personScopeCheck, unknownPersonCheck } from '../imports/person-ref.ts';

export const vaccinationsKind: ImportKind = {
  kind: 'vaccinations',
  permission: 'vaccination.write',
  columns: {
    person_ref: { required: true, parse: code() },
    dose_number: { required: true, parse: integer(1, 10) },
    product: {
      required: true,
      parse: oneOf(['astrazeneca', 'pfizer', 'moderna', 'verocell', 'sputnik', 'abdala', 'other'] as const,
        { 'astra zeneca': 'astrazeneca', az: 'astrazeneca', 'vero cell': 'verocell', sinopharm: 'verocell', 'sputnik v': 'sputnik', 'pfizer-biontech': 'pfizer', comirnaty: 'pfizer', spikevax: 'moderna' }),
    },
    given_on: { required: true, parse: date },
    lot: { parse: text(50) },
    site: { parse: text(200) },
  },
  staging: { person_ref: 'text', dose_number: 'integer', product: 'text', given_on: 'date', lot: 'text', site: 'text' },
  key: ['person_ref', 'dose_number'],
  stage: (c) => [c.person_ref, c.dose_number, c.product, c.given_on, c.lot ?? null, c.site ?? null],
  checks: [unknownPersonCheck()],
  scopeCheck: personScopeCheck('person_ref'),
  apply: (tx, ctx) => upsertFromStaging(tx, ctx, {
    table: 'vaccinations', entity: 'vaccination', conflict: ['person_id', 'dose_number'],
    keyExpr: `${personRefOf()} || '/' || up.dose_number`, touch: 'updated_at',
    join: personJoin(), insertOnly: { person_id: personId(), dose_number: 's.dose_number' },
    set: { product: 's.product', given_on: 's.given_on', lot: 's.lot', site: 's.site' }, keepIfEmpty: ['lot', 'site'],
  }),
};
