// Proposing the case a reply belongs to; the analyst confirms (DESIGN §6).
import { normaliseFingerprint } from '../../crypto/pgp';

export type CaseMatchInfo = { caseId: string; ref: string; vendorFingerprints: readonly string[] };

export type MatchReason = 'ref-in-subject' | 'ref-in-text' | 'sender-key';

export type CaseCandidate = { caseId: string; ref: string; reasons: MatchReason[]; score: number };

const weights: Record<MatchReason, number> = {
  'ref-in-subject': 4,
  'ref-in-text': 2,
  'sender-key': 1,
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Candidates, best first: a case whose `ref` appears (as a whole token, any case) in the
 * subject or text, and/or one of whose vendors' keys made a signature. Pure function.
 */
export function proposeCases(
  reply: { subject?: string | null; text: string; signerFingerprints: readonly string[] },
  cases: readonly CaseMatchInfo[],
): CaseCandidate[] {
  const signers = new Set(reply.signerFingerprints.map(normaliseFingerprint));
  const candidates: CaseCandidate[] = [];
  for (const c of cases) {
    if (c.ref.trim() === '') continue;
    const token = new RegExp(`(^|[^A-Za-z0-9])${escape(c.ref)}($|[^A-Za-z0-9])`, 'i');
    const reasons: MatchReason[] = [];
    if (reply.subject != null && token.test(reply.subject)) reasons.push('ref-in-subject');
    if (token.test(reply.text)) reasons.push('ref-in-text');
    if (c.vendorFingerprints.some((f) => signers.has(normaliseFingerprint(f))))
      reasons.push('sender-key');
    if (reasons.length > 0) {
      candidates.push({
        caseId: c.caseId,
        ref: c.ref,
        reasons,
        score: reasons.reduce((s, r) => s + weights[r], 0),
      });
    }
  }
  return candidates.sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref));
}
