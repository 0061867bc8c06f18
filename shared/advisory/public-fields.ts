import type { AdvisoryDraft } from '../model/advisory-draft';
import type { LocalizedText } from '../model/common';

/**
 * Every draft field an export prints, with its path: the leak guard names the field a
 * leaked text came from, and the translation check walks the same list. Credits without
 * consent are left out because no export prints them.
 */
export type PublicField = { path: string; text: string; required: boolean };

export function localizedFields(
  draft: AdvisoryDraft,
): { path: string; text: LocalizedText; required: boolean }[] {
  const out: { path: string; text: LocalizedText; required: boolean }[] = [];
  const add = (path: string, text: LocalizedText, required: boolean) =>
    out.push({ path, text, required });
  add('title', draft.title, true);
  add('overview', draft.overview, true);
  add('description', draft.description, true);
  add('impact', draft.impact, true);
  // A technical alert's mitigations stand for the solution, so its solution is optional.
  const alert = draft.technicalAlert;
  add('solution', draft.solution, alert === undefined);
  add('workarounds', draft.workarounds, false);
  add('publisher.name', draft.publisher.name, true);
  draft.vulnerabilities.forEach((v, i) => {
    add(`vulnerabilities[${i}].title`, v.title, true);
    add(`vulnerabilities[${i}].description`, v.description, true);
  });
  draft.vendors.forEach((v, i) => {
    add(`vendors[${i}].name`, v.name, true);
    add(`vendors[${i}].statement`, v.statement, false);
  });
  draft.products.forEach((p, i) => {
    add(`products[${i}].name`, p.name, true);
    p.versions.forEach((v, j) => add(`products[${i}].versions[${j}].label`, v.label, true));
  });
  draft.references.forEach((r, i) => add(`references[${i}].title`, r.title, false));
  draft.credits.forEach((c, i) => {
    if (c.consent) add(`credits[${i}].name`, c.name, true);
  });
  draft.revisions.forEach((r, i) => add(`revisions[${i}].summary`, r.summary, true));
  alert?.productFamilies.forEach((f, i) =>
    add(`technicalAlert.productFamilies[${i}].name`, f.name, true),
  );
  alert?.mitigations.forEach((m, i) => add(`technicalAlert.mitigations[${i}]`, m, true));
  return out;
}

export function publicFields(draft: AdvisoryDraft): PublicField[] {
  const out: PublicField[] = localizedFields(draft).flatMap(({ path, text, required }) => [
    { path: `${path}.ja`, text: text.ja, required },
    { path: `${path}.en`, text: text.en, required },
  ]);
  const plain = (path: string, text: string | undefined) => {
    if (text !== undefined) out.push({ path, text, required: false });
  };
  plain('publisher.contactDetails', draft.publisher.contactDetails);
  draft.vulnerabilities.forEach((v, i) => plain(`vulnerabilities[${i}].cwe.name`, v.cwe?.name));
  draft.products.forEach((p, i) =>
    p.versions.forEach((v, j) => plain(`products[${i}].versions[${j}].version`, v.version)),
  );
  draft.references.forEach((r, i) => plain(`references[${i}].url`, r.url));
  draft.technicalAlert?.cwes.forEach((c, i) => plain(`technicalAlert.cwes[${i}].name`, c.name));
  draft.technicalAlert?.productFamilies.forEach((f, i) =>
    f.identifiers.forEach((id, j) =>
      plain(`technicalAlert.productFamilies[${i}].identifiers[${j}]`, id),
    ),
  );
  return out;
}

export type MissingTranslation = { field: string; missing: ('ja' | 'en')[] };

/**
 * Fields written in one language but not the other (and required fields written in
 * neither): the editor lists these before the draft can be made final.
 */
export function missingTranslations(draft: AdvisoryDraft): MissingTranslation[] {
  return localizedFields(draft).flatMap(({ path, text, required }) => {
    const missing = (['ja', 'en'] as const).filter((l) => text[l].trim() === '');
    if (missing.length === 0 || (missing.length === 2 && !required)) return [];
    return [{ field: path, missing: [...missing] }];
  });
}
