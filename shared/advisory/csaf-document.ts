import type { AdvisoryDraft } from '../model/advisory-draft';
import type { Language } from '../model/common';
import { csafDistribution, documentTlp } from './csaf-parts';
import { jvnUrl } from './ids';
import { pick } from './view';
import { csafReleaseMoment } from './release-moment';

/**
 * The parts of a CSAF 2.0 document every profile shares (the security advisory of
 * csaf.ts and the informational advisory of a technical alert, technical-alert-csaf.ts):
 * tracking, publisher, TLP, credits, the self reference and the draft's references.
 */
export type CsafDocument = Record<string, unknown> & {
  document: { tracking: { id: string } } & Record<string, unknown>;
};

const draftSummary = { ja: '下書き', en: 'Draft' };

/** A document note, or none when its text is empty (CSAF notes need text). */
export const note = (category: string, title: string, text: string) =>
  text.trim() === '' ? [] : [{ category, title, text }];

function tracking(draft: AdvisoryDraft, lang: Language) {
  const moment = csafReleaseMoment(draft);
  const history = moment.revisions.map((r) => ({
    date: r.date,
    number: r.number,
    summary: r.summary ? pick(r.summary, lang) : draftSummary[lang],
  }));
  return {
    current_release_date: moment.current,
    generator: { engine: { name: 'Airlock' } },
    id: draft.advisoryId,
    initial_release_date: moment.initial,
    revision_history: history,
    status: draft.status,
    version: history[history.length - 1]?.number ?? '0',
  };
}

/** The document fields every category shares: credits, TLP, language, publisher, title,
 *  tracking (the category, notes and references are each profile's own). */
export function csafDocumentBase(draft: AdvisoryDraft, lang: Language) {
  const credits = draft.credits.filter((c) => c.consent);
  return {
    ...(credits.length
      ? { acknowledgments: credits.map((c) => ({ names: [pick(c.name, lang)], summary: c.role })) }
      : {}),
    csaf_version: '2.0',
    distribution: csafDistribution(documentTlp(draft), lang),
    lang,
    publisher: {
      category: 'coordinator',
      ...(draft.publisher.contactDetails
        ? { contact_details: draft.publisher.contactDetails }
        : {}),
      name: pick(draft.publisher.name, lang),
      namespace: draft.publisher.namespace,
    },
    title: pick(draft.title, lang),
    tracking: tracking(draft, lang),
  };
}

/** The JVN page itself, then the draft's references. */
export const csafReferences = (draft: AdvisoryDraft, lang: Language) => [
  { category: 'self', summary: draft.advisoryId, url: jvnUrl(draft.advisoryId, lang) },
  ...draft.references.map((r) => ({
    category: 'external',
    summary: pick(r.title, lang) || r.url,
    url: r.url,
  })),
];
