import type { Language } from '../model/common';
import { headings } from './labels';
import { escapeHtml as esc, markdownToHtml, markdownToInlineHtml } from './markdown';
import type { AdvisoryView, VulnerabilityView } from './view';
import type { CvssResult } from './cvss';
import { alertSectionsHtml } from './technical-alert-sections';

/**
 * JVN-style advisory page: one self-contained file (inline CSS, no script, nothing fetched,
 * a CSP that forbids anything else) that prints cleanly. Facts are marked up as data
 * (`<time datetime>`, `<data value>`, `data-product-id`) so ja and en can be compared.
 */
export const ADVISORY_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const css = `
body{font-family:"Noto Sans JP","Hiragino Sans","Yu Gothic",Meiryo,system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.6}
header{border-bottom:3px solid #1d4e89;margin-bottom:1.5rem}
h1{font-size:1.5rem;margin:.3rem 0}
h2{font-size:1.15rem;border-left:6px solid #1d4e89;padding-left:.5rem;margin-top:2rem}
h3{font-size:1rem}
.meta{color:#444;font-size:.9rem}
.draft{color:#a00;font-weight:bold;border:2px solid #a00;padding:.2rem .5rem;display:inline-block}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#e8eef6}
code{font-family:ui-monospace,Consolas,monospace;word-break:break-all}
pre{background:#f4f4f4;padding:.5rem;overflow-x:auto}
a{color:#1d4e89}
@media print{body{margin:0;max-width:none}a{color:inherit}h2{break-after:avoid}tr{break-inside:avoid}}
`;

type L = Language;
const h = (key: keyof typeof headings, lang: L): string => esc(headings[key][lang]);
const time = (date: string): string => `<time datetime="${esc(date)}">${esc(date)}</time>`;

const section = (key: keyof typeof headings, lang: L, body: string): string =>
  body.trim() === '' ? '' : `<section><h2>${h(key, lang)}</h2>\n${body}</section>\n`;

const mdSection = (key: keyof typeof headings, lang: L, text: string): string =>
  section(key, lang, text.trim() === '' ? '' : markdownToHtml(text));

const cvssRow = (r: CvssResult, lang: L): string =>
  `<tr><th>CVSS v${r.version}</th><td>${h('baseScore', lang)}: <data class="cvss-score" value="${r.baseScore}">${r.baseScore.toFixed(1)}</data> (${esc(r.baseSeverity)})<br><code class="cvss-vector">${esc(r.vector)}</code></td></tr>`;

const vulnerability = (v: VulnerabilityView, lang: L): string => {
  const rows: string[] = [];
  if (v.cve)
    rows.push(`<tr><th>${h('cve', lang)}</th><td><span class="cve">${esc(v.cve)}</span></td></tr>`);
  if (v.cwe)
    rows.push(`<tr><th>${h('cwe', lang)}</th><td>${esc(v.cwe.id)}: ${esc(v.cwe.name)}</td></tr>`);
  const table = rows.length ? `<table>${rows.join('')}</table>` : '';
  return `<article><h3>${esc(v.title)}</h3>\n${markdownToHtml(v.description)}${table}</article>\n`;
};

const cvssBlock = (v: VulnerabilityView, lang: L): string => {
  const rows = [v.cvss31, v.cvss40].filter((r) => r !== null).map((r) => cvssRow(r, lang));
  if (rows.length === 0) return '';
  const label = v.cve ? `${esc(v.cve)} — ${esc(v.title)}` : esc(v.title);
  return `<h3>${label}</h3><table>${rows.join('')}</table>\n`;
};

export function renderHtml(view: AdvisoryView): string {
  const lang = view.lang;
  const products = view.products.length
    ? `<table><thead><tr><th>${h('vendor', lang)}</th><th>${h('product', lang)}</th><th>${h('version', lang)}</th><th>${h('productStatus', lang)}</th></tr></thead><tbody>${view.products
        .map(
          (p) =>
            `<tr data-product-id="${esc(p.versionId)}" data-status="${esc(p.status)}"><td>${esc(p.vendor)}</td><td>${esc(p.product)}</td><td>${esc(p.version)}</td><td>${esc(p.statusLabel)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  const vendors = view.vendors.length
    ? `<table><thead><tr><th>${h('vendor', lang)}</th><th>${h('status', lang)}</th><th>${h('dateUpdated', lang)}</th><th>${h('statement', lang)}</th></tr></thead><tbody>${view.vendors
        .map(
          (v) =>
            `<tr data-vendor-status="${esc(v.status)}"><td>${esc(v.name)}</td><td>${esc(v.statusLabel)}</td><td>${time(v.dateUpdated)}</td><td>${markdownToInlineHtml(v.statement)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  const references = view.references
    .map(
      (r) =>
        `<li><a href="${esc(r.url)}" rel="noopener noreferrer">${esc(r.title)}</a><br><code>${esc(r.url)}</code></li>`,
    )
    .join('');
  const revisions = view.revisions
    .map(
      (r) => `<tr><td>${esc(r.number)}</td><td>${time(r.date)}</td><td>${esc(r.summary)}</td></tr>`,
    )
    .join('');
  const published = view.published ? time(view.published) : esc(headings.notYetPublished[lang]);
  const updated = view.updated ? time(view.updated) : esc(headings.notYetPublished[lang]);
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${ADVISORY_HTML_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(view.advisoryId)}: ${esc(view.title)}</title>
<style>${css}</style>
</head>
<body>
<header>
${view.final ? '' : `<p class="draft">${h('draft', lang)}</p>\n`}<p class="meta"><span class="advisory-id">${esc(view.advisoryId)}</span>${view.technicalAlert ? ` — ${h('technicalAlert', lang)}` : ''}</p>
<h1>${esc(view.title)}</h1>
<p class="meta">${h('published', lang)}: ${published} / ${h('updated', lang)}: ${updated} (${h('timeZone', lang)}) — ${esc(view.publisher)}</p>
</header>
${mdSection('overview', lang, view.overview)}${section('affected', lang, products)}${alertSectionsHtml(view, 'affected')}${mdSection('description', lang, view.description)}${section('vulnerabilities', lang, view.vulnerabilities.map((v) => vulnerability(v, lang)).join(''))}${mdSection('impact', lang, view.impact)}${mdSection('solution', lang, view.solution)}${mdSection('workarounds', lang, view.workarounds)}${alertSectionsHtml(view, 'after-impact')}${section('vendorStatus', lang, vendors)}${section('references', lang, references ? `<ol>${references}</ol>` : '')}${section('credits', lang, view.credits.map((c) => `<p>${esc(c)}</p>`).join(''))}${section('cvss', lang, view.vulnerabilities.map((v) => cvssBlock(v, lang)).join(''))}${section('revisions', lang, revisions ? `<table class="revisions"><thead><tr><th>${h('revisionNumber', lang)}</th><th>${h('revisionDate', lang)}</th><th>${h('revisionSummary', lang)}</th></tr></thead><tbody>${revisions}</tbody></table>` : '')}</body>
</html>
`;
}
