// The bundle export as one operation (issue 24 item 2; issue 23 item 2): the checks that
// refuse a seal (recipient clearance, confidentiality between vendors), key parsing,
// sealing, saving through the Platform port and recording the export with any override in
// the case timeline, in that order. The panel gathers the analyst's choices and shows the
// result; it holds none of this workflow.
import {
  sealBundle,
  type BundleProgress,
  type ExportSelection,
} from '../../../shared/exchange/bundle';
import { judgeRecipientKeys, type KeyHealth, type PrivateKey } from '../../../shared/crypto/pgp';
import type { KeyRecord } from '../../../shared/model/key';
import { fail, ok, type CodedError, type Result } from '../../../shared/result';
import {
  checkClearance,
  overrideNote,
  type ClearanceBreach,
  type ClearanceRecipient,
} from '../../../shared/workflow/clearance';
import {
  confidentialityOverrideNote,
  judgeHits,
  type ConfidentialityHit,
} from '../../../shared/workflow/vendor-confidentiality';
import type { Platform } from '../../platform';
import { parseKeys } from '../keys';
import { ACTOR, recordExport, type BundleStore } from './bundle-store';
import { coordinationEvent, withCoordinationEvent, type ExportIntent } from './coordination-export';

export type ExportInput = {
  caseId: string;
  selection: ExportSelection;
  /** The chosen recipients' keys and who they are (for clearance). */
  keys: readonly KeyRecord[];
  recipients: readonly ClearanceRecipient[];
  signingKey: PrivateKey;
  redConfirmations: readonly string[];
  clearanceOverride?: string | undefined;
  confidentialityOverride?: string | undefined;
  onProgress?: ((p: BundleProgress) => void) | undefined;
  /** The agreed publication the keys must last until (null: none agreed). */
  embargoEndsAt?: string | null | undefined;
  /** The analyst has seen the recipient keys' health warnings and seals anyway. */
  acceptKeyWarnings?: boolean | undefined;
  /** Share only (the default), add the one recipient as co-coordinator, or hand it the case. */
  intent?: ExportIntent | undefined;
  /** Why the case is handed over or shared, kept with the coordination event. */
  coordinationNote?: string | undefined;
};

export type ExportOutcome = { kind: 'saved'; file: string; count: number } | { kind: 'not-saved' };

/** Why nothing was exported: a clearance or confidentiality refusal carries what it found. */
export type ExportError = CodedError & {
  breaches?: readonly ClearanceBreach[];
  hits?: readonly ConfidentialityHit[];
  /** `key-health.refused` / `key-health.warned`: the recipient keys concerned. */
  keys?: readonly KeyHealth[];
};

export async function exportBundle(
  store: BundleStore,
  platform: Platform,
  input: ExportInput,
): Promise<Result<ExportOutcome, ExportError>> {
  const { selection } = input;
  const clearance = checkClearance(selection.tlp, input.recipients, input.clearanceOverride);
  if (!clearance.ok) return fail(clearance.error);
  const secret = judgeHits(selection.leaks, input.confidentialityOverride);
  if (!secret.ok) return fail(secret.error);
  const recipientKeys = await parseKeys(input.keys);
  // Key health (issue 27 item 5): refused keys stop the export; warnings until read.
  const health = await judgeRecipientKeys(recipientKeys, {
    now: new Date(),
    embargoEndsAt: input.embargoEndsAt == null ? null : new Date(input.embargoEndsAt),
    acceptWarnings: input.acceptKeyWarnings === true,
  });
  if (!health.ok) return fail(health.error);
  // A hand-over or co-coordination travels in the bundle as its own event (engine-checked).
  const coordination = coordinationEvent(
    store.repos.caseEvents.byCase(input.caseId),
    input.caseId,
    selection,
    {
      intent: input.intent ?? 'share',
      from: input.signingKey.getFingerprint(),
      keys: input.keys,
      note: input.coordinationNote ?? '',
      actor: ACTOR,
      now: new Date().toISOString(),
    },
  );
  if (!coordination.ok) return fail(coordination.error);
  const sealed = await sealBundle({
    selection: withCoordinationEvent(selection, coordination.value),
    signingKey: input.signingKey,
    recipientKeys,
    redConfirmations: [...input.redConfirmations],
    ...(input.onProgress === undefined ? {} : { onProgress: input.onProgress }),
  });
  if (!sealed.ok) return fail(sealed.error);
  const saved = await platform.saveFile({
    suggestedName: sealed.value.fileName,
    bytes: sealed.value.bytes,
    filters: [{ name: 'Airlock bundle', extensions: ['airlock'] }],
  });
  if (!saved.ok) return fail(saved.error);
  if (!saved.value.saved) return ok({ kind: 'not-saved' });
  const { manifest } = sealed.value;
  const sentTo = manifest.recipients
    .map((r) => r.fingerprint)
    .filter((f) => f !== manifest.sender.fingerprint);
  // Overrides are recorded with the `bundle.exported` event, in one write.
  const notes = [
    ...(clearance.value.reason === null ? [] : [overrideNote('bundle', clearance.value)]),
    ...(secret.value.reason === null
      ? []
      : [confidentialityOverrideNote(`vendor-view bundle ${sealed.value.fileName}`, secret.value)]),
  ];
  const recorded = await recordExport(store, input.caseId, manifest.bundleId, sentTo, notes, [
    ...(coordination.value === null ? [] : [coordination.value]),
  ]);
  if (!recorded.ok) return fail(recorded.error);
  return ok({ kind: 'saved', file: sealed.value.fileName, count: sentTo.length });
}
