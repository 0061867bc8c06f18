// Letters to the finder about their own steps (issue 27 items 3 and 7: the progress reply,
// the withdrawal reply, the site-fixed notice) leave as vendor letters do: sealed to the
// finder's key and signed by ours when the report names a key in the keyring, else written
// as a plaintext letter file, saying so. The finder-letter guard (no vendor named before
// publication) is asked here again, over the text as it leaves, whatever the screen showed.
import { judgeRecipientKeys, type PrivateKey } from '../../../shared/crypto/pgp';
import { composeMessageText, sealMessage } from '../../../shared/exchange/message';
import { newMessageId, type Case, type LetterKind } from '../../../shared/model';
import { fail, failWith } from '../../../shared/result';
import { checkFinderLetter } from '../../../shared/workflow/finder-letter-guard';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import type { Platform } from '../../platform';
import { appendCaseEvents } from '../../store/case-writes';
import type { StorePort } from '../../store/port';
import { caseWriteFailure } from './case-write';
import { sealedFileBase } from './compose-model';
import { placeholderLeft, publicKeys, saveAll, type SendResult } from './seal-actions';

export type FinderLetterStore = StorePort<
  'cases' | 'contacts' | 'involvements' | 'reports' | 'keys' | 'messages',
  'transact'
>;

export type FinderLetterInput = {
  caseId: string;
  subject: string;
  body: string;
  language: 'ja' | 'en';
  purpose: LetterKind;
  /** Our organisation key, unlocked: needed only when the finder has a key. */
  signingKey: PrivateKey | null;
  /** The analyst has seen the finder key's health warnings and seals anyway. */
  acceptKeyWarnings?: boolean;
};

/** The finder's key in the keyring (the fingerprint their report gave), or null. */
export const finderKeyOf = (store: FinderLetterStore, caseId: string) => {
  const fingerprint = store.repos.reports.byCase(caseId)[0]?.reporter.pgpKeyFingerprint ?? null;
  if (fingerprint === null) return null;
  return store.repos.keys.all().find((k) => k.fingerprint === fingerprint.toUpperCase()) ?? null;
};

const guard = (store: FinderLetterStore, kase: Case, letter: FinderLetterInput) =>
  checkFinderLetter(letter, {
    published: kase.dates.published !== null,
    involvements: store.repos.involvements.byCase(kase.id),
    contacts: store.repos.contacts.all(),
  });

/** Seals (or writes as plaintext) and saves the letter, then records `message.sent` to the
 *  finder with the letter as an internal note naming the file: the names saved. */
export async function sendFinderLetter(
  store: FinderLetterStore,
  platform: Platform,
  input: FinderLetterInput,
): Promise<SendResult> {
  const kase = store.repos.cases.get(input.caseId);
  if (kase === undefined) return failWith('unknown-case', input.caseId);
  const left = placeholderLeft(input);
  if (left !== null) return fail(left);
  const checked = guard(store, kase, input);
  if (!checked.ok) return fail(checked.error);
  const date = new Date();
  const base = sealedFileBase({
    ref: kase.ref,
    date,
    vendor: 'finder',
    existing: store.repos.messages.byCase(kase.id).map((m) => m.fileName),
  });
  const text = { ref: kase.ref, subject: input.subject, body: input.body };
  const key = finderKeyOf(store, kase.id);
  let file: { name: string; data: string | Uint8Array };
  if (key === null) {
    file = { name: `${base}.txt`, data: composeMessageText(text) };
  } else {
    if (input.signingKey === null) return failWith('org-key-locked', 'unlock our key to seal');
    const recipientKeys = await publicKeys([key]);
    if (recipientKeys === null) return failWith('key-invalid', key.fingerprint);
    const agreed = kase.dates.agreedPublication;
    const health = await judgeRecipientKeys(recipientKeys, {
      now: date,
      embargoEndsAt: agreed === null ? null : new Date(agreed),
      acceptWarnings: input.acceptKeyWarnings === true,
    });
    if (!health.ok) return fail(health.error);
    const sealed = await sealMessage({
      ...text,
      language: input.language,
      recipientKeys,
      signingKey: input.signingKey,
      date,
    });
    if (!sealed.ok) return sealed;
    file = { ...sealed.value, name: `${base}.asc` };
  }
  const saved = await saveAll(platform, [file]);
  if (!saved.ok) return saved;
  const how =
    key === null ? 'as plaintext (the finder has no key)' : `sealed to ${key.fingerprint}`;
  const commands: CaseCommand[] = [
    {
      type: 'message.sent',
      payload: {
        messageId: newMessageId(),
        to: 'finder',
        involvementId: null,
        purpose: input.purpose,
      },
    },
    {
      type: 'note.added',
      payload: {
        text: `Letter to the finder ${file.name}, ${how}:\n\n${composeMessageText(text)}`,
        internal: true,
      },
    },
  ];
  const result = await appendCaseEvents(store, [
    { caseId: kase.id, commands, by: { actor: 'analyst', now: date.toISOString() } },
  ]);
  return result.ok ? saved : caseWriteFailure(result.error);
}
