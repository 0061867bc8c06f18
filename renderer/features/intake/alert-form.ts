import { z } from 'zod';
import type { FieldSpecs } from '../../app/form-errors';
import {
  caseSchema,
  technicalAlertContentSchema,
  tlpSchema,
  type LocalizedText,
  type TechnicalAlertContent,
} from '../../../shared/model';

/**
 * The technical alert's form (intake and the case screen's editor). Inputs hold text: each
 * bilingual field is a Japanese and an English box, the lists are one item per line (line n
 * in Japanese goes with line n in English), the CWEs are separated by commas or lines. The
 * values are turned into the alert's content and checked by its shared schema
 * (`technicalAlertContentSchema`); each refusal is reported on the field it concerns.
 */
const bilingual = z.object({ ja: z.string(), en: z.string() });

/** The form fields a refusal can name (the first segment of the content's issue path). */
export const ALERT_FIELDS = [
  'vulnerabilityClass',
  'cwes',
  'summary',
  'productFamilies',
  'mitigations',
] as const;
export type AlertField = (typeof ALERT_FIELDS)[number];

/** Each value's label, for its error message (`localizedResolver`); the content fields' own
 *  refusals are worded by `AlertContentFields`, which reads `lines-differ` from them. */
export const ALERT_FORM_FIELDS: FieldSpecs = {
  title: 'intake.fields.title',
  tlp: 'intake.fields.tlp',
  ...Object.fromEntries(
    ALERT_FIELDS.map((f) => [f, { label: 'intake.alert.section', keepCustom: true as const }]),
  ),
};

const alertFields = z.object({
  title: caseSchema.shape.title,
  tlp: tlpSchema,
  vulnerabilityClass: bilingual,
  cwes: z.string(),
  summary: bilingual,
  productFamilies: bilingual,
  mitigations: bilingual,
});
export type AlertFormValues = z.infer<typeof alertFields>;

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Line n in Japanese with line n in English; null when both are written with different
 *  line counts (which line goes with which would be a guess). One side may stay empty. */
export function pairLines(text: LocalizedText): LocalizedText[] | null {
  const ja = lines(text.ja);
  const en = lines(text.en);
  if (ja.length > 0 && en.length > 0 && ja.length !== en.length) return null;
  return Array.from({ length: Math.max(ja.length, en.length) }, (_, i) => ({
    ja: ja[i] ?? '',
    en: en[i] ?? '',
  }));
}

const trimmed = (text: LocalizedText): LocalizedText => ({
  ja: text.ja.trim(),
  en: text.en.trim(),
});

/** The content the form values describe; the parts the form does not edit (description,
 *  impact, references) come from `base`, the alert as stored (empty for a new one). */
export function contentInput(values: AlertFormValues, base?: TechnicalAlertContent): unknown {
  return {
    vulnerabilityClass: trimmed(values.vulnerabilityClass),
    cwes: values.cwes
      .split(/[\s,]+/)
      .map((cwe) => cwe.trim().toUpperCase())
      .filter((cwe) => cwe !== ''),
    summary: trimmed(values.summary),
    description: base?.description ?? { ja: '', en: '' },
    impact: base?.impact ?? { ja: '', en: '' },
    productFamilies: (pairLines(values.productFamilies) ?? []).map((name, i) => ({
      name,
      identifiers: base?.productFamilies[i]?.identifiers ?? [],
    })),
    mitigations: pairLines(values.mitigations) ?? [],
    references: base?.references ?? [],
  };
}

const fieldOf = (path: readonly PropertyKey[]): AlertField => {
  const first = path[0];
  return ALERT_FIELDS.find((f) => f === first) ?? 'summary';
};

/** The form's schema: the shared content schema's refusals, each on its field. */
export const alertFormSchema = alertFields.superRefine((values, ctx) => {
  for (const list of ['productFamilies', 'mitigations'] as const) {
    if (pairLines(values[list]) === null) {
      ctx.addIssue({ code: 'custom', message: 'lines-differ', path: [list] });
    }
  }
  const parsed = technicalAlertContentSchema.safeParse(contentInput(values));
  if (parsed.success) return;
  const seen = new Set<AlertField>();
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path);
    if (seen.has(field)) continue;
    seen.add(field);
    ctx.addIssue({ code: 'custom', message: issue.message, path: [field] });
  }
});

/** The stored content for valid form values (parsed, so a bug here fails loudly). */
export const toAlertContent = (
  values: AlertFormValues,
  base?: TechnicalAlertContent,
): TechnicalAlertContent => technicalAlertContentSchema.parse(contentInput(values, base));

const joinLines = (items: readonly LocalizedText[], lang: 'ja' | 'en'): string =>
  items.map((item) => item[lang]).join('\n');

/** The form values showing a stored alert (the case screen's editor). */
export const alertFormValues = (
  kase: { title: string; tlp: AlertFormValues['tlp'] },
  content: TechnicalAlertContent,
): AlertFormValues => ({
  title: kase.title,
  tlp: kase.tlp,
  vulnerabilityClass: content.vulnerabilityClass,
  cwes: content.cwes.join(', '),
  summary: content.summary,
  productFamilies: {
    ja: joinLines(
      content.productFamilies.map((f) => f.name),
      'ja',
    ),
    en: joinLines(
      content.productFamilies.map((f) => f.name),
      'en',
    ),
  },
  mitigations: {
    ja: joinLines(content.mitigations, 'ja'),
    en: joinLines(content.mitigations, 'en'),
  },
});

export const emptyAlertForm = (): AlertFormValues => ({
  title: '',
  tlp: 'AMBER',
  vulnerabilityClass: { ja: '', en: '' },
  cwes: '',
  summary: { ja: '', en: '' },
  productFamilies: { ja: '', en: '' },
  mitigations: { ja: '', en: '' },
});
