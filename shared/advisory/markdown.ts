import { Marked, type Tokens } from 'marked';
import { markdownInputError } from './markdown-limits';

/**
 * Markdown in advisory text fields → HTML that is safe without a DOM: raw HTML in the
 * source is shown as text, images become their alt text (an advisory file must not
 * fetch anything), and links keep only http(s) and mailto targets. The renderer runs
 * DOMPurify on top; this layer is what the CLI and the exported files rely on.
 */
export const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

const safeHref = (href: string): string | null => {
  const trimmed = href.trim();
  return /^(?:https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : null;
};

const marked = new Marked({
  async: false,
  gfm: true,
  breaks: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(text);
    },
    image({ text }: Tokens.Image): string {
      return escapeHtml(text);
    },
    link(
      this: { parser: { parseInline(tokens: Tokens.Link['tokens']): string } },
      token: Tokens.Link,
    ): string {
      const label = this.parser.parseInline(token.tokens);
      const href = safeHref(token.href);
      if (href === null) return label;
      return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${label}</a>`;
    },
  },
});

/** Block Markdown → HTML (paragraphs, lists, code, tables). */
export function markdownToHtml(source: string): string {
  // Over a cap (markdown-limits.ts) the text is shown as it is: marked would overflow the
  // stack. Exports refuse such a draft first (renderFiles); this keeps a preview alive.
  if (markdownInputError(source) !== null) return `<pre>${escapeHtml(source)}</pre>`;
  return marked.parse(source, { async: false });
}

/** Inline Markdown → HTML, for table cells and one-line fields. */
export function markdownToInlineHtml(source: string): string {
  if (markdownInputError(source) !== null) return escapeHtml(source);
  return marked.parseInline(source, { async: false });
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Markdown → plain text, for formats whose text fields are plain (CVE descriptions). */
export function markdownToPlainText(source: string): string {
  return markdownToHtml(source)
    .replace(/>\n+/g, '>')
    .replace(/<\/(p|h[1-6]|pre|blockquote|ul|ol|table)>/g, '\n\n')
    .replace(/<\/(li|tr)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => entities[e] ?? '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Text embedded in an exported .md file: a tag-like `<` is escaped so a Markdown viewer
 * never interprets raw HTML from a draft field.
 */
export function sanitizeMarkdown(source: string): string {
  return source.replace(/<(?=[A-Za-z/!?])/g, '&lt;');
}
