import type {
  IsoDate,
  IsoInstant,
  Language,
  LocalizedText,
  Reporter,
  WithdrawalRefusal,
} from '../model';
import { JAPAN_ZONE } from '../model';
import { letterDate, letterDay, vendorLetterParams, type RenderedLetter } from './letters';
import type { CaseProjection, WithdrawalRequest } from './projection';
import type { ReadyProjection } from './reducer-types';
import { VENDOR_ROLES } from './projection';

/**
 * Letters to a finder about their own steps (issue 27 items 3 and 7), Japanese and English.
 * What they may say is only what a finder may know (IPA overview, To Finders: "the finder
 * may inquire to IPA about the progress of the handling process"): the stage, whether the
 * developer or operator was reached, the planned publication window — never another
 * party's identity (`finder-letter-guard.ts` refuses a vendor's name before publication and
 * the first finder's identity in a duplicate's letter). Kept beside LETTER_TEMPLATES, like
 * the information request, because no LetterKind lists them: they are recorded as notes.
 */
export type FinderStepTemplate = {
  placeholders: readonly string[];
  subject: LocalizedText;
  body: LocalizedText;
};

const T = <const P extends string>(t: { placeholders: readonly P[] } & FinderStepTemplate) => t;

export const FINDER_STEP_TEMPLATES = {
  'finder-progress': T({
    placeholders: [
      'caseRef',
      'finderName',
      'stage',
      'contact',
      'publicationWindow',
      'organisationName',
    ],
    subject: {
      ja: '[{{caseRef}}] 届出の取り扱い状況について',
      en: '[{{caseRef}}] Progress of your report',
    },
    body: {
      ja: '{{finderName}} 様\n\n受付番号 {{caseRef}} の取り扱い状況をお知らせします。\n\n- 状況: {{stage}}\n- 連絡: {{contact}}\n- 公表の予定: {{publicationWindow}}\n\n公表までの間、本情報を第三者に開示しないようお願いいたします。\n\n{{organisationName}}',
      en: 'Dear {{finderName}},\n\nHere is the progress of report {{caseRef}}.\n\n- Stage: {{stage}}\n- Contact: {{contact}}\n- Planned publication: {{publicationWindow}}\n\nUntil publication, please do not disclose the information to any third party.\n\n{{organisationName}}',
    },
  }),
  'finder-withdrawal-granted': T({
    placeholders: ['caseRef', 'finderName', 'requestDate', 'organisationName'],
    subject: {
      ja: '[{{caseRef}}] 非開示依頼の取り下げについて（承諾）',
      en: '[{{caseRef}}] Your request to withdraw non-disclosure: accepted',
    },
    body: {
      ja: '{{finderName}} 様\n\n{{requestDate}} にいただいた受付番号 {{caseRef}} の非開示依頼の取り下げのご要請を承りました。本日以降、発見された脆弱性に関する情報を公開していただけます。公開の際は、利用者への影響に配慮した内容としてください。\n\n{{organisationName}}',
      en: 'Dear {{finderName}},\n\nWe accept the request you made on {{requestDate}} to withdraw non-disclosure for report {{caseRef}}. From today you may disclose information on the vulnerability you found. Please take care of its impact on users when you do.\n\n{{organisationName}}',
    },
  }),
  'finder-withdrawal-refused': T({
    placeholders: ['caseRef', 'finderName', 'requestDate', 'reason', 'organisationName'],
    subject: {
      ja: '[{{caseRef}}] 非開示依頼の取り下げについて（現時点では承諾できません）',
      en: '[{{caseRef}}] Your request to withdraw non-disclosure: not yet possible',
    },
    body: {
      ja: '{{finderName}} 様\n\n{{requestDate}} にいただいた受付番号 {{caseRef}} の非開示依頼の取り下げのご要請について、{{reason}}\n\nそれまでの間、本情報を第三者に開示しないようお願いいたします。\n\n{{organisationName}}',
      en: 'Dear {{finderName}},\n\nAbout the request you made on {{requestDate}} to withdraw non-disclosure for report {{caseRef}}: {{reason}}\n\nUntil then, please do not disclose the information to any third party.\n\n{{organisationName}}',
    },
  }),
  'finder-site-fixed': T({
    placeholders: ['caseRef', 'finderName', 'fixedDate', 'organisationName'],
    subject: {
      ja: '[{{caseRef}}] ウェブサイトの修正完了のご連絡',
      en: '[{{caseRef}}] The website has been fixed',
    },
    body: {
      ja: '{{finderName}} 様\n\n受付番号 {{caseRef}} でお届けいただいたウェブサイトの脆弱性について、{{fixedDate}} にウェブサイト運営者から修正が完了したとの連絡がありました。これにより本件の取り扱いを終了いたします。ご協力ありがとうございました。\n\n{{organisationName}}',
      en: 'Dear {{finderName}},\n\nOn {{fixedDate}} the website operator told us that the vulnerability you reported as {{caseRef}} has been fixed. This completes our handling of the report. Thank you for your cooperation.\n\n{{organisationName}}',
    },
  }),
  'finder-duplicate': T({
    placeholders: ['caseRef', 'finderName', 'productName', 'credit', 'organisationName'],
    subject: {
      ja: '[{{caseRef}}] 届出の取り扱いについて（対応中の案件）',
      en: '[{{caseRef}}] Your report: the issue is already being handled',
    },
    body: {
      ja: '{{finderName}} 様\n\n{{productName}} に関する脆弱性関連情報の届出をいただき、ありがとうございます（受付番号 {{caseRef}}）。お届けの脆弱性は、すでに当方で把握し、関係者と調整を進めているものでした。そのため、本届出について個別の調整は行いませんが、独立した届出として記録いたしました。{{credit}}\n\n公表までの間、本情報を第三者に開示しないようお願いいたします。公表の際は改めてご連絡いたします。\n\n{{organisationName}}',
      en: 'Dear {{finderName}},\n\nThank you for your report about {{productName}} (reference {{caseRef}}). The issue you reported is already known to us and is being handled with the parties concerned, so we will not coordinate your report separately; we have recorded it as an independent report. {{credit}}\n\nUntil publication, please do not disclose the information to any third party. We will tell you when it is published.\n\n{{organisationName}}',
    },
  }),
} as const;

export type FinderStepKind = keyof typeof FINDER_STEP_TEMPLATES;

/** The template filled; a field with no value stays `{{name}}` (as `fillLetter`), which the
 *  analyst sees and `unfilledPlaceholders` reports. */
export const fillFinderLetter = (
  kind: FinderStepKind,
  language: Language,
  params: Readonly<Record<string, string | undefined>>,
): RenderedLetter => {
  const t = FINDER_STEP_TEMPLATES[kind];
  const fill = (text: string) =>
    text.replace(/\{\{(\w+)\}\}/g, (m, name: string) => params[name]?.trim() || m);
  return { subject: fill(t.subject[language]), body: fill(t.body[language]) };
};

type L = LocalizedText;
const STAGE: Record<'review' | 'preparing' | 'coordinating' | 'published' | 'closed', L> = {
  review: { ja: '届出の内容を確認しています。', en: 'we are reviewing the report.' },
  preparing: {
    ja: '調整を受け付け、連絡の準備をしています。',
    en: 'accepted for coordination; we are preparing the first contact.',
  },
  coordinating: {
    ja: '関係者と調整しています。',
    en: 'we are coordinating with the parties concerned.',
  },
  published: { ja: '公表済みです。', en: 'published.' },
  closed: { ja: '取り扱いを終了しました。', en: 'handling has ended.' },
};
const CONTACT: Record<'none' | 'waiting' | 'reached', Record<'developer' | 'operator', L>> = {
  none: {
    developer: {
      ja: '開発者へはまだ連絡していません。',
      en: 'the developer has not been contacted yet.',
    },
    operator: {
      ja: 'ウェブサイト運営者へはまだ連絡していません。',
      en: 'the website operator has not been contacted yet.',
    },
  },
  waiting: {
    developer: {
      ja: '開発者への連絡を試みており、返信を待っています。',
      en: 'we have tried to reach the developer and are waiting for a reply.',
    },
    operator: {
      ja: 'ウェブサイト運営者への連絡を試みており、返信を待っています。',
      en: 'we have tried to reach the website operator and are waiting for a reply.',
    },
  },
  reached: {
    developer: { ja: '開発者と連絡が取れています。', en: 'the developer has been reached.' },
    operator: {
      ja: 'ウェブサイト運営者と連絡が取れています。',
      en: 'the website operator has been reached.',
    },
  },
};

/** Where the case stands, in the words a finder may read. */
export const finderStage = (p: ReadyProjection): keyof typeof STAGE => {
  if (p.case.dates.published !== null) return 'published';
  if (p.case.states.report === 'closed') return 'closed';
  if (p.case.states.report !== 'accepted') return 'review';
  return p.case.dates.firstVendorContactAttempt === null ? 'preparing' : 'coordinating';
};

/** Whether the developer (or operator) was reached: a reply from any vendor of the case. */
export const developerReached = (p: CaseProjection): keyof typeof CONTACT => {
  const vendors = p.involvements.filter((i) => VENDOR_ROLES.includes(i.role));
  if (vendors.some((i) => i.lastReply !== null)) return 'reached';
  return vendors.some((i) => i.firstContactAttempt !== null) ? 'waiting' : 'none';
};

const WINDOW = {
  agreed: { ja: '{{day}} 頃を予定しています。', en: 'planned for around {{day}}.' },
  target: {
    ja: '{{day}} 頃を目安に調整しています（最初の連絡から45日）。',
    en: 'we aim for around {{day}} (45 days after the first contact).',
  },
  published: { ja: '{{day}} に公表しました。', en: 'published on {{day}}.' },
  none: { ja: 'まだ決まっていません。', en: 'not set yet.' },
  website: {
    ja: 'ウェブサイトの脆弱性は公表を前提とせず、修正の完了をもって取り扱いを終えます。',
    en: 'a website vulnerability is not announced; handling ends when the site is fixed.',
  },
} as const satisfies Record<string, L>;

export type FinderLetterFacts = {
  projection: ReadyProjection;
  reporter: Pick<Reporter, 'name'>;
  organisation: LocalizedText;
  now: IsoInstant;
  language: Language;
};

const withDay = (text: string, day: string) => text.replace('{{day}}', () => day);

/** The planned publication window: the agreed day, else the profile's target from the
 *  first contact, never the exact instant or anything a vendor said. */
const publicationWindow = (f: FinderLetterFacts): string => {
  const { projection: p, language: lang } = f;
  const kase = p.case;
  if (kase.dates.published !== null) {
    return withDay(WINDOW.published[lang], letterDate(kase.dates.published, JAPAN_ZONE, lang));
  }
  if (kase.kind === 'website') return WINDOW.website[lang];
  if (kase.dates.agreedPublication !== null) {
    return withDay(WINDOW.agreed[lang], letterDate(kase.dates.agreedPublication, JAPAN_ZONE, lang));
  }
  if (kase.dates.firstVendorContactAttempt === null) return WINDOW.none[lang];
  const target = vendorLetterParams({
    kase,
    vendorName: null,
    involvement: null,
    productNames: [],
    organisation: f.organisation,
    publication: null,
    now: f.now,
    language: lang,
  }).targetDate;
  return target === undefined ? WINDOW.none[lang] : withDay(WINDOW.target[lang], target);
};

/** The progress letter's fields, from the case alone. */
export const progressLetterParams = (f: FinderLetterFacts): Record<string, string> => {
  const { projection: p, language: lang } = f;
  const party = p.case.kind === 'website' ? 'operator' : 'developer';
  return {
    caseRef: p.case.ref,
    finderName: f.reporter.name,
    stage: STAGE[finderStage(p)][lang],
    contact: CONTACT[developerReached(p)][party][lang],
    publicationWindow: publicationWindow(f),
    organisationName: f.organisation[lang] || f.organisation.en,
  };
};

const REFUSAL: Record<WithdrawalRefusal, L> = {
  'year-not-passed': {
    ja: '最初に開発者への通知を試みた日から1年が経過していないため、現時点では承諾できません。{{day}} 以降に取り下げが可能になります。',
    en: 'one year has not yet passed since we first attempted to notify the developer, so we cannot accept it now. The withdrawal becomes possible on {{day}}.',
  },
  'developer-not-contacted': {
    ja: '開発者への通知をまだ開始していないため、現時点では承諾できません。取り下げは、最初の通知の試みから1年が経過した後に可能になります。',
    en: 'we have not yet started to notify the developer, so we cannot accept it now. The withdrawal becomes possible one year after our first attempt to notify the developer.',
  },
  'website-until-fixed': {
    ja: 'ウェブサイトの脆弱性の非開示期間は修正の完了までのため、現時点では承諾できません。修正の完了をお知らせいたします。',
    en: 'for a website vulnerability non-disclosure lasts until the site is fixed, so we cannot accept it now. We will tell you when the operator reports the fix.',
  },
};

/** The reply to a recorded withdrawal request, with the day it becomes possible. */
export const withdrawalReply = (
  request: WithdrawalRequest,
  f: Omit<FinderLetterFacts, 'now'>,
): RenderedLetter => {
  const lang = f.language;
  const base = {
    caseRef: f.projection.case.ref,
    finderName: f.reporter.name,
    requestDate: letterDate(request.at, JAPAN_ZONE, lang),
    organisationName: f.organisation[lang] || f.organisation.en,
  };
  if (request.outcome === 'granted' || request.refusal === null) {
    return fillFinderLetter('finder-withdrawal-granted', lang, base);
  }
  const day = request.possibleOn === null ? '' : dayText(request.possibleOn, lang);
  const reason = withDay(REFUSAL[request.refusal][lang], day);
  return fillFinderLetter('finder-withdrawal-refused', lang, { ...base, reason });
};

const dayText = (day: IsoDate, lang: Language): string => letterDay(day, JAPAN_ZONE, lang);

/** The letter telling the finder the website operator reported the site fixed. */
export const siteFixedLetter = (f: Omit<FinderLetterFacts, 'now'>): RenderedLetter | null => {
  const fixed = f.projection.finderSteps.siteFixed;
  if (fixed === null) return null;
  const lang = f.language;
  return fillFinderLetter('finder-site-fixed', lang, {
    caseRef: f.projection.case.ref,
    finderName: f.reporter.name,
    fixedDate: letterDate(fixed.at, JAPAN_ZONE, lang),
    organisationName: f.organisation[lang] || f.organisation.en,
  });
};

const CREDIT = {
  yes: {
    ja: 'ご同意に基づき、公表の際は {{name}} として謝辞に掲載いたします。',
    en: 'With your consent, the advisory will credit you as {{name}}.',
  },
  no: {
    ja: 'ご希望により、公表の際にお名前は掲載いたしません。',
    en: 'As you asked, the advisory will not name you.',
  },
} as const;

/** The decline letter to a second finder: names only their own report, never the first. */
export const duplicateDeclineLetter = (f: {
  caseRef: string;
  reporter: Pick<Reporter, 'name' | 'creditConsent' | 'creditName'>;
  productName: string;
  organisation: LocalizedText;
  language: Language;
}): RenderedLetter => {
  const lang = f.language;
  const credited = f.reporter.creditName ?? f.reporter.name;
  return fillFinderLetter('finder-duplicate', lang, {
    caseRef: f.caseRef,
    finderName: f.reporter.name,
    productName: f.productName,
    credit: f.reporter.creditConsent
      ? CREDIT.yes[lang].replace('{{name}}', () => credited)
      : CREDIT.no[lang],
    organisationName: f.organisation[lang] || f.organisation.en,
  });
};
