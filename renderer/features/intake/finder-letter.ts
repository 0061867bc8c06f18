import type { Language, TriageReasonCode } from '../../../shared/model';
import { TRIAGE_REASON_TEXT } from './reason-texts';
import type { Decision } from './verdict';

/**
 * Interim letter templates to the finder (accept / decline / request for information), in
 * Japanese and English. The analyst edits the draft before it is sent.
 */
export type LetterContext = {
  reporterName: string;
  caseTitle: string;
  organisation: string;
  reasons: readonly TriageReasonCode[];
};

const bullets = (reasons: readonly TriageReasonCode[], lang: Language) =>
  reasons.map((code) => `- ${TRIAGE_REASON_TEXT[code][lang]}`).join('\n');

export function draftFinderLetter(decision: Decision, lang: Language, ctx: LetterContext): string {
  const name = ctx.reporterName.trim();
  const title = ctx.caseTitle.trim();
  const org = ctx.organisation.trim();
  if (lang === 'ja') {
    const head = `${name === '' ? '届出者' : name} 様\n\n「${title}」に関する脆弱性関連情報の届出をいただき、ありがとうございます。`;
    const sign = `\n\n${org === '' ? '脆弱性調整担当' : org}`;
    if (decision === 'accept') {
      return `${head}\n\n本件を受理し、開発者との調整を開始いたします。調整の状況は適宜お知らせします。公表までの間、本件を第三者に開示しないようお願いいたします。${sign}`;
    }
    if (decision === 'decline') {
      return `${head}\n\n検討の結果、以下の理由により、本件は調整の対象外とさせていただきます。\n${bullets(ctx.reasons, 'ja')}${sign}`;
    }
    return `${head}\n\n判断に必要な情報が不足しているため、以下の点について追加の情報をお送りください。\n${bullets(ctx.reasons, 'ja')}${sign}`;
  }
  const head = `Dear ${name === '' ? 'reporter' : name},\n\nThank you for your report "${title}".`;
  const sign = `\n\nBest regards,\n${org === '' ? 'Vulnerability coordination' : org}`;
  if (decision === 'accept') {
    return `${head}\n\nWe have accepted it and will start coordinating with the developer. We will keep you informed. Please do not disclose it to third parties until publication.${sign}`;
  }
  if (decision === 'decline') {
    return `${head}\n\nAfter review, we will not coordinate this report, for the following reasons:\n${bullets(ctx.reasons, 'en')}${sign}`;
  }
  return `${head}\n\nWe need more information before we can decide. Please send us the following:\n${bullets(ctx.reasons, 'en')}${sign}`;
}
