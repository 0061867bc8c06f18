// A finder's report form among the opened files (issue 27 item 6): a decrypted message whose
// text claims the `airlock-report-form/…` format is read as one, never as a vendor reply.
// One that does not parse against the schema, or that arrived unencrypted, is refused with
// its reason; nothing is stored either way (intake stores only when the analyst creates).
import {
  looksLikeReportForm,
  parseReportForm,
} from '../../../shared/exchange/report-form/document';
import type { OpenedItem } from './reply-actions';

export function recogniseReportForm(item: OpenedItem): OpenedItem {
  if (!item.ok || !looksLikeReportForm(item.reply.text)) return item;
  if (!item.reply.encrypted)
    return {
      name: item.name,
      ok: false,
      error: { code: 'not-encrypted', message: 'A report form must arrive encrypted' },
    };
  const parsed = parseReportForm(item.reply.text);
  if (parsed.ok) return { ...item, reportForm: parsed.value };
  // The translated sentence (messages.errors.report-form.*) names the failing fields.
  const { code, fields } = parsed.error;
  return { name: item.name, ok: false, error: { code, message: fields?.join(', ') ?? '' } };
}
