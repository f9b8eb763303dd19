// One error type for everything a user may be told: an HTTP status, a catalogue key and the field at fault.
import { t, type Lang, type Message, type MessageKey, type MessageParams } from './messages.ts';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly field?: string,
  ) {
    super(t('en', key, params));
  }

  toJSON(lang: Lang) {
    return { error: this.key, message: t(lang, this.key, this.params), ...(this.field ? { field: this.field } : {}) };
  }
}

/** 404 for a thing named in the reader's language (`thing('sample', ref)`), or by an identifier as it is. */
export const notFound = (what: string | Message) => new AppError(404, 'not_found', { what });
export const invalid = (field: string, key: MessageKey, params: MessageParams = {}) =>
  new AppError(400, key, params, field);
