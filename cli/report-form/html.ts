// The finder's report form as one self-contained HTML file (issue 27 item 6). Its Content
// Security Policy allows nothing but its own inline script and style, each by the SHA-256 of
// its exact text: no request of any kind can leave the page, even if a finder's browser
// would otherwise load something (no src, href or url() appears in it).
import { createHash } from 'node:crypto';
import { FORM_DATA_ID, type ReportFormPageData } from './form-data';
import { PAGE_TEXT } from './page-text';

const STYLE = `
body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
label { font-weight: 600; }
input[type=text], input[type=password], input[type=date], textarea, select { width: 100%; box-sizing: border-box; font: inherit; }
#language { float: right; }
#status { font-weight: 600; }
#output { font-family: monospace; }
`;

/** The `'sha256-…'` CSP source of an inline script's or style's exact text. */
export const cspHash = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** JSON safe inside a `<script>` element: no `<` can close it or open a comment. */
const scriptSafeJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

export function reportFormHtml(script: string, data: ReportFormPageData): string {
  // The script is inlined verbatim (its hash must match): refuse text that would end it.
  if (/<\/script|<!--/i.test(script)) throw new Error('the page script contains </script or <!--');
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(script)}`,
    `style-src ${cspHash(STYLE)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const text = PAGE_TEXT[data.lang];
  const other = PAGE_TEXT[data.lang === 'ja' ? 'en' : 'ja'];
  return `<!doctype html>
<html lang="${data.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.heading}</title>
<style>${STYLE}</style>
</head>
<body>
<noscript><p>${text.noScript}</p><p>${other.noScript}</p></noscript>
<script type="application/json" id="${FORM_DATA_ID}">${scriptSafeJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
