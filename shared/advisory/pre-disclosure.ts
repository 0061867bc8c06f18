import type { AdvisoryDraft } from '../model/advisory-draft';
import type { LocalizedText, Tlp } from '../model/common';
import { documentTlp } from './csaf-parts';
import { tokyoMomentOf } from './labels';
import { releaseMoment } from './release-moment';

/**
 * A CSAF 2.1 file of an advisory that is not yet final is a pre-disclosure copy: under the
 * case's TLP (TLP:AMBER for the embargoed vendors), for its named recipients only, and not
 * the published advisory. The file says so the way CSAF 2.1 does — `tracking.status` draft,
 * the TLP 2.0 label in `document.distribution.tlp`, this text in `distribution.text` and in
 * a `general` note — and the export screen shows the same words beside its button, so what
 * the analyst reads and what the recipient's tooling reads cannot differ.
 */
export type PreDisclosure = {
  tlp: Tlp;
  /** The planned first release (the agreed instant), if known. */
  planned: string | null;
  title: LocalizedText;
  text: LocalizedText;
};

const title: LocalizedText = { ja: '公表前の共有版', en: 'Pre-disclosure copy' };

const plannedText = (planned: string | null): LocalizedText =>
  planned === null
    ? { ja: '公表日は未定です。', en: 'Its publication date is not set yet.' }
    : {
        ja: `公表予定は ${tokyoMomentOf(planned)}（日本時間）です。`,
        en: `Its publication is planned for ${tokyoMomentOf(planned)} JST.`,
      };

export const preDisclosure = (draft: AdvisoryDraft): PreDisclosure | null => {
  if (draft.status === 'final' || draft.withdrawal !== undefined) return null;
  const tlp = documentTlp(draft);
  const planned = releaseMoment(draft).initial;
  const when = plannedText(planned);
  const text: LocalizedText =
    tlp === 'CLEAR'
      ? {
          ja: `公表前の下書き（status: draft）であり、公表されたアドバイザリではありません。${when.ja}`,
          en: `A pre-disclosure draft (status: draft), not the published advisory. ${when.en}`,
        }
      : {
          ja: `公表前の共有版です（TLP:${tlp}、status: draft）。宛先として指定された受信者に限ります。公表まで公開・転送しないでください。${when.ja}`,
          en: `Pre-disclosure copy under TLP:${tlp} (status: draft), for the named recipients only: do not publish or forward it before publication. ${when.en}`,
        };
  return { tlp, planned, title, text };
};
