import type { Language } from '../model/common';
import { headings } from './labels';
import { escapeHtml as esc, markdownToInlineHtml, sanitizeMarkdown } from './markdown';
import { cweDefinitionUrl } from './technical-alert-csaf';
import type { AdvisoryView, AlertView } from './view';

/**
 * The sections only a technical alert's page has (issue 18), in JVN technical-alert order:
 * the affected product families right after the overview, then — after the impact — the
 * mitigations and workarounds and the related CWEs. HTML and Markdown from the same view,
 * so both languages and both formats carry the same facts.
 */
type Part = 'affected' | 'after-impact';

const h = (key: keyof typeof headings, lang: Language): string => headings[key][lang];

const htmlSection = (key: keyof typeof headings, lang: Language, items: string[]): string =>
  items.length === 0
    ? ''
    : `<section><h2>${esc(h(key, lang))}</h2>\n<ul class="${key}">${items.join('')}</ul></section>\n`;

const familyHtml = (f: AlertView['families'][number]): string => {
  const ids = f.identifiers.map((id) => `<br><code class="product-identifier">${esc(id)}</code>`);
  return `<li>${esc(f.name)}${ids.join('')}</li>`;
};

/** The HTML of one part of a technical alert's page; empty for other advisories. */
export function alertSectionsHtml(view: AdvisoryView, part: Part): string {
  const alert = view.alert;
  if (alert === null) return '';
  const lang = view.lang;
  if (part === 'affected')
    return htmlSection('productFamilies', lang, alert.families.map(familyHtml));
  const mitigations = alert.mitigations.map((m) => `<li>${markdownToInlineHtml(m)}</li>`);
  const cwes = alert.cwes.map(
    (c) =>
      `<li><a href="${esc(cweDefinitionUrl(c.id))}" rel="noopener noreferrer"><span class="cwe">${esc(c.id)}</span></a>: ${esc(c.name)}</li>`,
  );
  return htmlSection('mitigations', lang, mitigations) + htmlSection('relatedCwe', lang, cwes);
}

const mdBlock = (key: keyof typeof headings, lang: Language, lines: string[]): string =>
  lines.length === 0 ? '' : `## ${h(key, lang)}\n\n${lines.join('\n')}\n\n`;

/** One line of a Markdown list: no line break that would end the item early. */
const item = (text: string): string =>
  `- ${sanitizeMarkdown(text)
    .replace(/\r?\n+/g, ' ')
    .trim()}`;

/** The Markdown of one part of a technical alert's page; empty for other advisories. */
export function alertSectionsMarkdown(view: AdvisoryView, part: Part): string {
  const alert = view.alert;
  if (alert === null) return '';
  const lang = view.lang;
  if (part === 'affected') {
    const families = alert.families.map((f) =>
      [item(f.name), ...f.identifiers.map((id) => `  - \`${id.replaceAll('`', '')}\``)].join('\n'),
    );
    return mdBlock('productFamilies', lang, families);
  }
  return (
    mdBlock('mitigations', lang, alert.mitigations.map(item)) +
    mdBlock(
      'relatedCwe',
      lang,
      alert.cwes.map(
        (c) => `- [${c.id}](<${cweDefinitionUrl(c.id)}>): ${sanitizeMarkdown(c.name)}`,
      ),
    )
  );
}
