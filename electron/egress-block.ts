import { APP_ORIGIN, isAppUrl } from './app-protocol';
import type { BlockReporter } from './content-hardening';

export type RequestDetails = { url: string };
export type RequestCallback = (response: { cancel: boolean }) => void;

/** The slice of `session.webRequest` the egress block needs. */
export type WebRequestLike = {
  onBeforeRequest(listener: (details: RequestDetails, callback: RequestCallback) => void): void;
};

/**
 * The air gap in software: a request may go only to the app's own origin. `data:` URLs
 * and blob URLs minted by the app origin are in-memory, never network, and the CSP
 * already allows them for images; everything else (http, https, ws, file, ftp,
 * devtools, other app hosts, blob URLs of any other origin) is cancelled.
 */
export function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || url.startsWith('data:') || url.startsWith(`blob:${APP_ORIGIN}/`);
}

export function installEgressBlock(
  webRequest: WebRequestLike,
  report: BlockReporter = () => undefined,
): void {
  webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) report('egress', details.url);
    callback({ cancel: !allowed });
  });
}
