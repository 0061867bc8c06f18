import type { AdvisoryDraft } from '../model/advisory-draft';
import type { Language } from '../model/common';
import type { CvssError } from './cvss';
import type { AlertCsafError } from './technical-alert-csaf';
import type { ProductsError } from './product-versions';
import { checkPublisherNamespace, type PublisherNamespaceError } from './publisher-namespace';
import { toCsaf } from './csaf';
import { toCsafVex, type VexNotApplicable } from './csaf-vex';
import { toCsaf21 } from './csaf21';
import { toCveCnaContainers, toCveRecords, type CveExportError } from './cve';
import { toCycloneDx } from './cyclonedx';
import { advisorySlug, toOpenVex } from './openvex';
import { renderHtml } from './html';
import { advisoryBaseName, csafFileName } from './ids';
import { runLeakGuard, type LeakFinding, type LeakGuardResult } from './leak-guard';
import type { RenderedOutput } from './leak-text';
import { renderMarkdown } from './markdown-export';
import { firstMarkdownInputError, type MarkdownInputError } from './markdown-limits';
import { exportAudience } from './tlp-audience';
import { buildView } from './view';
import { ok, type Result } from '../result';

/**
 * The one entry point for exports: the UI and the CLI both call `renderAdvisory`, which
 * renders the files and runs the leak guard over them; nothing is returned for writing
 * unless the guard passes (or every finding was marked as intended).
 */
export type AdvisoryFormat =
  'csaf' | 'cve' | 'cve-cna' | 'html' | 'md' | 'csaf-vex' | 'openvex' | 'cyclonedx' | 'csaf21';
export const ADVISORY_FORMATS: readonly AdvisoryFormat[] = [
  'csaf',
  'cve',
  'cve-cna',
  'html',
  'md',
  'csaf-vex',
  'openvex',
  'cyclonedx',
  'csaf21',
];

export type RenderOptions = {
  format: AdvisoryFormat;
  /** CSAF: the document language (default en). HTML/Markdown: one language (default both). */
  lang?: Language;
  /** CSAF 2.1 only: the case's SSVC SelectionList documents for `metrics[].content.ssvc_v2`. */
  ssvc?: readonly Record<string, unknown>[];
};

export type RenderError =
  | MarkdownInputError
  | CvssError
  | ProductsError
  | CveExportError
  | AlertCsafError
  | VexNotApplicable
  | PublisherNamespaceError
  | { code: 'leak-guard'; message: string; findings: LeakFinding[] };

export type RenderResult = Result<
  { files: RenderedOutput[]; leakGuard: LeakGuardResult },
  RenderError
>;

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Renders without the guard; exported for previews inside the app, never for writing files. */
export function renderFiles(
  draft: AdvisoryDraft,
  options: RenderOptions,
): Result<
  RenderedOutput[],
  | MarkdownInputError
  | CvssError
  | CveExportError
  | AlertCsafError
  | ProductsError
  | VexNotApplicable
  | PublisherNamespaceError
> {
  // Before any format: CVE descriptions and the HTML and Markdown files all go through marked.
  const tooMuch = firstMarkdownInputError(draft);
  if (tooMuch !== null) return { ok: false, error: tooMuch };
  const namespace = checkPublisherNamespace(draft, options.format);
  if (!namespace.ok) return namespace;
  const langs: Language[] = options.lang ? [options.lang] : ['ja', 'en'];
  switch (options.format) {
    case 'csaf': {
      const r = toCsaf(draft, options.lang ?? 'en');
      if (!r.ok) return r;
      const name = csafFileName(r.value.document.tracking.id);
      return { ok: true, value: [{ name, format: 'json', content: json(r.value) }] };
    }
    case 'csaf-vex': {
      const r = toCsafVex(draft, options.lang ?? 'en');
      if (!r.ok) return r;
      const name = csafFileName(`${r.value.document.tracking.id}-vex`);
      return { ok: true, value: [{ name, format: 'json', content: json(r.value) }] };
    }
    case 'csaf21': {
      const r = toCsaf21(draft, {
        lang: options.lang ?? 'en',
        ...(options.ssvc ? { ssvc: options.ssvc } : {}),
      });
      if (!r.ok) return r;
      const name = csafFileName(`${r.value.document.tracking.id}-csaf21`);
      return { ok: true, value: [{ name, format: 'json', content: json(r.value) }] };
    }
    case 'openvex':
    case 'cyclonedx': {
      const lang = options.lang ?? 'en';
      const r = options.format === 'openvex' ? toOpenVex(draft, lang) : toCycloneDx(draft, lang);
      if (!r.ok) return r;
      const suffix = options.format === 'openvex' ? 'openvex' : 'cdx';
      const name = `${advisorySlug(draft.advisoryId)}.${suffix}.json`;
      return { ok: true, value: [{ name, format: 'json', content: json(r.value) }] };
    }
    case 'cve': {
      const r = toCveRecords(draft);
      if (!r.ok) return r;
      return {
        ok: true,
        value: r.value.map((f) => ({ name: f.fileName, format: 'json', content: json(f.record) })),
      };
    }
    case 'cve-cna': {
      // What `cve publish <id> --cve-json-file <file>` (cvelib) takes: the CNA container alone.
      const r = toCveCnaContainers(draft);
      if (!r.ok) return r;
      return {
        ok: true,
        value: r.value.map((c) => ({
          name: `${c.cveId}.cna.json`,
          format: 'json',
          content: json(c.container),
        })),
      };
    }
    case 'html':
    case 'md': {
      const files: RenderedOutput[] = [];
      for (const lang of langs) {
        const view = buildView(draft, lang);
        if (!view.ok) return view;
        const base = advisoryBaseName(draft.advisoryId, lang);
        files.push(
          options.format === 'html'
            ? { name: `${base}.html`, format: 'html', content: renderHtml(view.value) }
            : { name: `${base}.md`, format: 'md', content: renderMarkdown(view.value) },
        );
      }
      return { ok: true, value: files };
    }
  }
}

export function renderAdvisory(draft: AdvisoryDraft, options: RenderOptions): RenderResult {
  const files = renderFiles(draft, options);
  if (!files.ok) return files;
  const leakGuard = runLeakGuard(draft, files.value, exportAudience(draft, options.format));
  if (!leakGuard.ok) {
    const codes = [...new Set(leakGuard.findings.map((f) => f.code))].join(', ');
    return {
      ok: false,
      error: {
        code: 'leak-guard',
        message: `the leak guard refused the export (${leakGuard.findings.length} finding(s): ${codes})`,
        findings: leakGuard.findings,
      },
    };
  }
  return ok({ files: files.value, leakGuard });
}
