// Files brought in as replies that are not replies: the import says what they are and where
// they go instead of filing them in a case. An Airlock case bundle opens like any signed,
// encrypted message (its content a ZIP), so it is told by that content, as the bundle
// opener reads it: stored as a vendor reply it would skip the bundle import's replay,
// manifest, record and TLP checks. A public key file is no message at all.
import { isAirlockBundleZip } from '../bundle/recognise';
import { detectShape } from './detect';
import type { OpenedReply } from './types';

export type NotAReply = 'airlock-bundle' | 'key-file';

/** What an opened file is instead of a reply, or null when it may be one. */
export async function openedNotAReply(
  reply: Pick<OpenedReply, 'attachments'>,
): Promise<NotAReply | null> {
  for (const a of reply.attachments) {
    if (await isAirlockBundleZip(a.data)) return 'airlock-bundle';
  }
  return null;
}

/** What a file that did not open as a message is, when it is something else we know. */
export const unopenedNotAReply = (bytes: Uint8Array): NotAReply | null =>
  detectShape(bytes) === 'key' ? 'key-file' : null;
