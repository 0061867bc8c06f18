import { describe, it, expect } from 'vitest';
import {
  markdownToHtml,
  markdownToInlineHtml,
  markdownToPlainText,
  sanitizeMarkdown,
} from './markdown';

describe('markdown in advisory text fields', () => {
  it('renders Markdown structure', () => {
    const html = markdownToHtml('**Update** now\n\n- one\n- two');
    expect(html).toContain('<strong>Update</strong>');
    expect(html).toContain('<li>one</li>');
  });

  it('shows raw HTML as text instead of executing it', () => {
    const html = markdownToHtml('Hi <script>alert(1)</script>\n\n<div onclick="x()">block</div>');
    expect(html).not.toMatch(/<script|<div/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdownToInlineHtml('a <b onmouseover=x>b</b>')).not.toContain('<b');
  });

  it('keeps http(s) links, drops javascript: targets and never loads images', () => {
    const html = markdownToHtml(
      '[ok](https://e.example/a) [bad](javascript:alert(1)) ![logo](https://e.example/x.png)',
    );
    expect(html).toContain('<a href="https://e.example/a" rel="noopener noreferrer">ok</a>');
    expect(html).not.toContain('javascript:');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('logo');
  });

  it('turns Markdown into plain text for CVE descriptions', () => {
    expect(markdownToPlainText('**Bold** & `a<b`\n\n- one\n- two')).toBe('Bold & a<b\n\none\ntwo');
  });

  it('neutralises tags in Markdown exports', () => {
    expect(sanitizeMarkdown('x <iframe src=a> a < b')).toBe('x &lt;iframe src=a> a < b');
  });
});
