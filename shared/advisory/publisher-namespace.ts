import type { LocalizedText } from '../model/common';
import type { AdvisoryDraft } from '../model/advisory-draft';
import { ok, type Result } from '../result';
import type { AdvisoryFormat } from './render';

/**
 * The CSAF publisher namespace is the organisation's own web site (Settings → Organisation).
 * There is no default: a placeholder (it was `https://jvn.jp/`) made every organisation's
 * CSAF, OpenVEX and CycloneDX files claim JVN's namespace. Airlock cannot tell that a vault
 * is JPCERT/CC's own (the JPCERT/CC policy profile is the coordination policy every vault
 * follows, not who publishes), so JPCERT/CC fills it in like anyone else. Until it is set,
 * the formats that carry it are refused with the setting to fill; HTML, Markdown and CVE
 * records do not carry it and still export.
 */
export type PublisherNamespaceError = {
  code: 'no-publisher-namespace';
  message: string;
  text: LocalizedText;
};

const CARRY_NAMESPACE: ReadonlySet<AdvisoryFormat> = new Set([
  'csaf',
  'csaf-vex',
  'csaf21',
  'openvex',
  'cyclonedx',
]);

const MISSING: LocalizedText = {
  en: 'The CSAF publisher namespace is not set: fill “CSAF publisher namespace” under Settings → Organisation with your organisation’s web site (https://…), then create the draft again or type it into this draft’s “Publisher namespace (web site)”.',
  ja: 'CSAF の発行者名前空間が設定されていません。設定 → 組織の「CSAF 発行者名前空間」に自組織の Web サイト（https://…）を入力し、下書きを作り直すか、この下書きの「発行者の名前空間（Web サイト）」に入力してください。',
};

export function checkPublisherNamespace(
  draft: AdvisoryDraft,
  format: AdvisoryFormat,
): Result<void, PublisherNamespaceError> {
  if (!CARRY_NAMESPACE.has(format) || draft.publisher.namespace.trim() !== '') {
    return ok(undefined);
  }
  return {
    ok: false,
    error: { code: 'no-publisher-namespace', message: MISSING.en, text: MISSING },
  };
}
