import { ssvcSelectionListSchema } from '../model/ssvc-selection';
import type { ExportCheck } from './validate-export';

/**
 * CSAF 2.1 carries SSVC as `metrics[].content.ssvc_v2`, an SSVC SelectionList 2.0.0 (the
 * official 2.1 schema, shipped in schemas/csaf-2.1, refers to it). csaf-validator-lib 2.0.10
 * still knows only the older `ssvc_v1`, and its strict schema refuses any other content key;
 * so its tests run on the document without the `ssvc_v2` contents, and each of those is
 * checked here against the SelectionList 2.0.0 schema (the model's zod form of it, which
 * the case events are stored with). tests/unit checks exported documents against the
 * official CSAF 2.1 JSON schema itself.
 */
export const SSVC_V2_TEST = 'csaf_2_1_ssvc_v2_selection_list';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function splitSsvcV2(doc: Json): { rest: Json; checks: ExportCheck[] } {
  const checks: ExportCheck[] = [];
  const vulns = doc.vulnerabilities;
  if (!Array.isArray(vulns)) return { rest: doc, checks };
  const vulnerabilities = vulns.map((v: unknown, i) => {
    if (!isObject(v) || !Array.isArray(v.metrics)) return v;
    const metrics = v.metrics.flatMap((m: unknown, j) => {
      if (!isObject(m) || !isObject(m.content) || !('ssvc_v2' in m.content)) return [m];
      const { ssvc_v2: selection, ...content } = m.content;
      const path = `/vulnerabilities/${i}/metrics/${j}/content/ssvc_v2`;
      const parsed = ssvcSelectionListSchema.safeParse(selection);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          checks.push({
            test: SSVC_V2_TEST,
            instancePath: [path, ...issue.path.map(String)].join('/'),
            message: issue.message,
            keyword: issue.code,
          });
        }
      }
      return Object.keys(content).length > 0 ? [{ ...m, content }] : [];
    });
    const rest: Json = { ...v };
    delete rest.metrics;
    return metrics.length > 0 ? { ...rest, metrics } : rest;
  });
  return { rest: { ...doc, vulnerabilities }, checks };
}
