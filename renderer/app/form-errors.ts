// One mapper from a zod issue to a message the analyst can act on: it names the field by its
// label in the UI language and says what to enter. Schemas keep their own (English,
// developer-facing) messages; a form never shows them, nor a path such as `vendors.0.name.en`.
import type { z } from 'zod';
import { keyFromData, type MessageKey } from '../i18n/keys';
import type { commonMessages } from './messages';

/** A form field's label key, and for a value with a house format, the key of what to enter. */
export type FieldSpec = {
  label: MessageKey;
  /** Says what a valid value looks like ("40 or 64 hexadecimal digits…"). */
  hint?: MessageKey;
  /** The schema's own message for a refinement is a code this form translates itself. */
  keepCustom?: true;
};

/**
 * A form's fields by the path of their value; `*` stands for an index in a list
 * (`people.*.name`), and the label gets it as `{{n}}` counted from 1.
 */
export type FieldSpecs = Readonly<Record<string, MessageKey | FieldSpec>>;

/** The translate function the mapper needs (i18next's `t`, or a test's). */
export type Translate = (key: MessageKey, options?: Record<string, unknown>) => string;
export type KnownKey = (key: string) => boolean;

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

const specFor = (fields: FieldSpecs, path: Path): { spec: FieldSpec | null; n: number | null } => {
  const exact = path.map(String).join('.');
  const pattern = path.map((p) => (typeof p === 'number' ? '*' : String(p))).join('.');
  const raw = fields[exact] ?? fields[pattern];
  const index = path.find((p): p is number => typeof p === 'number');
  const n = index === undefined ? null : index + 1;
  if (raw === undefined) return { spec: null, n };
  return { spec: typeof raw === 'string' ? { label: raw } : raw, n };
};

const isBlank = (input: unknown): boolean =>
  input === undefined || input === null || (typeof input === 'string' && input.trim() === '');

const FORMATS: Readonly<Record<string, FormMessage>> = {
  email: 'email',
  url: 'url',
  uuid: 'uuid',
  guid: 'uuid',
  date: 'date',
  datetime: 'datetime',
};

type FormMessage = keyof (typeof commonMessages)['en']['form'];
type Message = [FormMessage, { min?: number; max?: number; hint?: MessageKey }];

/** The message (under `common.form`) and its values for one issue, before the field. */
function messageFor(issue: Issue, spec: FieldSpec | null): Message {
  const hinted = (fallback: FormMessage): Message =>
    spec?.hint === undefined ? [fallback, {}] : ['hinted', { hint: spec.hint }];
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return min <= 1 || isBlank(issue.input) ? ['required', {}] : ['tooShort', { min }];
      }
      if (issue.origin === 'array' || issue.origin === 'set') return ['tooFewItems', { min }];
      return ['tooSmallNumber', { min }];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return ['tooLong', { max }];
      if (issue.origin === 'array' || issue.origin === 'set') return ['tooManyItems', { max }];
      return ['tooBigNumber', { max }];
    }
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return ['number', {}];
      return isBlank(issue.input) ? ['required', {}] : hinted('invalid');
    case 'invalid_format': {
      const format = FORMATS[issue.format];
      if (spec?.hint === undefined && format !== undefined) return [format, {}];
      return hinted('format');
    }
    case 'invalid_value':
      return spec?.hint === undefined ? ['choose', {}] : hinted('choose');
    case 'invalid_union':
      return isBlank(issue.input) && spec?.hint === undefined ? ['required', {}] : hinted('format');
    default:
      return hinted('invalid');
  }
}

/**
 * The analyst's message for one zod issue. A refinement's message that is itself a message
 * key is translated with the field; one the form decodes itself (`keepCustom`) is kept.
 */
export function describeIssue(
  issue: Issue,
  fields: FieldSpecs,
  t: Translate,
  known: KnownKey,
): string {
  const { spec, n } = specFor(fields, issue.path);
  const field =
    spec === null
      ? t('common.form.thisField')
      : t('common.form.quoted', { label: t(spec.label, { n }) });
  if (issue.code === 'custom') {
    if (spec?.keepCustom === true) return issue.message;
    if (known(issue.message)) return t(keyFromData(issue.message), { field });
  }
  const [key, values] = messageFor(issue, spec);
  const hint = values.hint === undefined ? {} : { hint: t(values.hint) };
  return t(`common.form.${key}`, { ...values, ...hint, field });
}
