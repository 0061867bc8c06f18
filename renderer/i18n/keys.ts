import type { EnglishMessages } from './catalog';

/** The dotted paths of a message tree's strings (`cases.list.title`). */
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];

/** Every key of the catalog that names a message: what `t()` takes (i18next.d.ts). */
export type MessageKey = Leaves<EnglishMessages>;

/**
 * A key made from a value the types cannot follow (an error code read from a record, a CVSS
 * metric name from shared/advisory's tables): it is checked at run time instead, so callers
 * fall back when `i18n.exists(key)` is false or a test shows every value has its key.
 */
export const keyFromData = (key: string): MessageKey => key as MessageKey;
