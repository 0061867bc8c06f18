import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers';
import i18next from 'i18next';
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { MessageKey } from '../i18n/keys';
import { describeIssue, type FieldSpecs } from './form-errors';

/**
 * react-hook-form's resolver for a zod schema whose every error reads as `describeIssue`
 * words it, in the language the UI speaks when the form is checked. Use it instead of
 * `zodResolver` with the form's field labels. react-hook-form validates on submit first
 * and after that on change, so nothing is red before the analyst has acted.
 */
const translate = (key: MessageKey, options?: Record<string, unknown>): string =>
  i18next.t(key, options ?? {});

export function localizedResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  fields: FieldSpecs,
): Resolver<Input, unknown, Output> {
  return async (values, _context, options) => {
    // `reportInput`: an empty box and a wrong value get different words.
    const result = await schema.safeParseAsync(values, { reportInput: true });
    if (result.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: result.data, errors: {} };
    }
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      errors[path] ??= {
        type: issue.code,
        message: describeIssue(issue, fields, translate, (key) => i18next.exists(key)),
      };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}

/**
 * Every message of a failed submit, in form order, for a summary beside the submit button
 * (each names its field, so the list reads without the form in view).
 */
export function formErrorList(errors: FieldErrors): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const { message } = node as { message?: unknown };
    if (typeof message === 'string' && message !== '') {
      out.push(message);
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'ref') walk(child);
  };
  walk(errors);
  return [...new Set(out)];
}
