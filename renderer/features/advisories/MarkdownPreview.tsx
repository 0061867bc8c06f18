import { Box } from '@mantine/core';
import DOMPurify from 'dompurify';
import { useMemo } from 'react';
import { markdownToHtml } from '../../../shared/advisory';

/**
 * Renders a field's Markdown. shared/advisory already escapes raw HTML and drops unsafe
 * links; DOMPurify runs on top because this HTML goes into the live renderer.
 */
export function MarkdownPreview({ text, label }: { text: string; label: string }) {
  const html = useMemo(() => DOMPurify.sanitize(markdownToHtml(text)), [text]);
  return (
    <Box
      role="region"
      aria-label={label}
      p="xs"
      style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
