import type { Language } from '../model/common';
import type { CvssResult } from './cvss';
import { headings } from './labels';
import { sanitizeMarkdown } from './markdown';
import type { AdvisoryView } from './view';
import { alertSectionsMarkdown } from './technical-alert-sections';

/** JVN-style advisory as Markdown, same order and facts as the HTML export. */
type L = Language;
const h = (key: keyof typeof headings, lang: L): string => headings[key][lang];

/** A table cell: one line, no pipe that would split the cell. */
const cell = (text: string): string =>
  sanitizeMarkdown(text)
    .replace(/\r?\n+/g, ' ')
    .replaceAll('|', '\\|');

const table = (head: string[], rows: string[][]): string =>
  [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');

const block = (title: string, body: string): string =>
  body.trim() === '' ? '' : `## ${title}\n\n${body.trim()}\n\n`;

const cvssLine = (r: CvssResult, lang: L): string =>
  `- CVSS v${r.version} ${h('baseScore', lang)}: ${r.baseScore.toFixed(1)} (${r.baseSeverity}) \`${r.vector}\``;

export function renderMarkdown(view: AdvisoryView): string {
  const lang = view.lang;
  const out: string[] = [];
  out.push(`# ${sanitizeMarkdown(view.title)}\n`);
  if (!view.final) out.push(`**${h('draft', lang)}**\n`);
  const id = view.technicalAlert
    ? `${view.advisoryId} (${h('technicalAlert', lang)})`
    : view.advisoryId;
  out.push(`- ${h('advisoryId', lang)}: ${id}`);
  out.push(
    `- ${h('published', lang)}: ${view.published ?? h('notYetPublished', lang)} (${h('timeZone', lang)})`,
  );
  out.push(
    `- ${h('updated', lang)}: ${view.updated ?? h('notYetPublished', lang)} (${h('timeZone', lang)})`,
  );
  out.push(`- ${sanitizeMarkdown(view.publisher)}\n\n`);
  let md = out.join('\n');
  md += block(h('overview', lang), sanitizeMarkdown(view.overview));
  md += block(
    h('affected', lang),
    view.products.length
      ? table(
          [h('vendor', lang), h('product', lang), h('version', lang), h('productStatus', lang)],
          view.products.map((p) => [p.vendor, p.product, p.version, p.statusLabel]),
        )
      : '',
  );
  md += alertSectionsMarkdown(view, 'affected');
  md += block(h('description', lang), sanitizeMarkdown(view.description));
  md += block(
    h('vulnerabilities', lang),
    view.vulnerabilities
      .map((v) => {
        const facts = [
          v.cve ? `- ${h('cve', lang)}: ${v.cve}` : '',
          v.cwe ? `- ${h('cwe', lang)}: ${v.cwe.id} ${sanitizeMarkdown(v.cwe.name)}` : '',
        ].filter((l) => l !== '');
        return `### ${sanitizeMarkdown(v.title)}\n\n${sanitizeMarkdown(v.description).trim()}\n\n${facts.join('\n')}`;
      })
      .join('\n\n'),
  );
  md += block(h('impact', lang), sanitizeMarkdown(view.impact));
  md += block(h('solution', lang), sanitizeMarkdown(view.solution));
  md += block(h('workarounds', lang), sanitizeMarkdown(view.workarounds));
  md += alertSectionsMarkdown(view, 'after-impact');
  md += block(
    h('vendorStatus', lang),
    view.vendors.length
      ? table(
          [h('vendor', lang), h('status', lang), h('dateUpdated', lang), h('statement', lang)],
          view.vendors.map((v) => [v.name, v.statusLabel, v.dateUpdated, v.statement]),
        )
      : '',
  );
  md += block(
    h('references', lang),
    view.references.map((r, i) => `${i + 1}. [${cell(r.title)}](<${r.url}>)`).join('\n'),
  );
  md += block(h('credits', lang), view.credits.map((c) => `- ${cell(c)}`).join('\n'));
  md += block(
    h('cvss', lang),
    view.vulnerabilities
      .filter((v) => v.cvss31 ?? v.cvss40)
      .map((v) => {
        const lines = [v.cvss31, v.cvss40].filter((r) => r !== null).map((r) => cvssLine(r, lang));
        return `### ${v.cve ?? sanitizeMarkdown(v.title)}\n\n${lines.join('\n')}`;
      })
      .join('\n\n'),
  );
  md += block(
    h('revisions', lang),
    view.revisions.length
      ? table(
          [h('revisionNumber', lang), h('revisionDate', lang), h('revisionSummary', lang)],
          view.revisions.map((r) => [r.number, r.date, r.summary]),
        )
      : '',
  );
  return `${md.trimEnd()}\n`;
}
