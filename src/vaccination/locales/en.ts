// The vaccination module's lists in English: the keys of vi.ts, each translated.
import type { Translation } from '../../shared/i18n.ts';
import type { vi } from './vi.ts';

export const en: Translation<typeof vi> = {
  due: {
    no_ward: 'No ward',
    column: {
      person_ref: 'Person ref',
      full_name: 'Full name',
      birth_year: 'Birth year',
      phone: 'Phone',
      hamlet: 'Hamlet',
      address: 'Address',
      last_dose: 'Last dose',
      last_product: 'Product',
      last_given_on: 'Given on',
      next_dose: 'Next dose',
      due_from: 'Due from',
      overdue_after: 'Overdue after',
      status: 'Status',
    },
    status: { due: 'Due', overdue: 'Overdue', not_yet_due: 'Not yet due' },
  },
};
