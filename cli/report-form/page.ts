// The script of the finder's offline report form (issue 27 item 6), bundled with openpgp.js
// (its browser build) into one inline script of the HTML file `airlock report-form` writes
// (scripts/build-cli.mjs bundles it; cli/report-form/html.ts inlines it).
// It runs in any browser from file://, with no network: it reads the form, builds the
// `airlock-report-form/1` document and encrypts it to the embedded coordinator key.
// Only the document's type is imported from shared/: its zod schema would add zod to the page.
import type { PrivateKey } from 'openpgp';
import type {
  REPORT_FORM_FORMAT,
  ReportFormDocument,
} from '../../shared/exchange/report-form/document';
import { PAGE_TEXT, type PageLanguage, type PageTextKey } from './page-text';
import { FORM_DATA_ID, type ReportFormPageData } from './form-data';
import { sealReport, unlockFinderKey } from './seal';

const FORMAT: typeof REPORT_FORM_FORMAT = 'airlock-report-form/1';
// The coordinator's key and the page's language: a JSON data block (never executed, so
// outside the CSP's script hash), written by the CLI.
const AIRLOCK_FORM = JSON.parse(
  document.getElementById(FORM_DATA_ID)?.textContent ?? '{}',
) as ReportFormPageData;

type Field = {
  name: string;
  label: PageTextKey;
  kind: 'text' | 'area' | 'check' | 'date' | 'file' | 'password' | 'kind';
  required?: boolean;
  /** Below the document's line limit where the case record's is lower. */
  maxLength?: number;
};

const FIELDS: Field[] = [
  // A case title is at most 300 characters (shared/model/case.ts): a longer one would be
  // refused at intake, after the finder has gone.
  { name: 'title', label: 'title', kind: 'text', required: true, maxLength: 300 },
  { name: 'kind', label: 'kind', kind: 'kind' },
  { name: 'reporterName', label: 'reporterName', kind: 'text', required: true },
  { name: 'reporterContact', label: 'reporterContact', kind: 'text', required: true },
  { name: 'organisation', label: 'organisation', kind: 'text' },
  { name: 'creditConsent', label: 'creditConsent', kind: 'check' },
  { name: 'creditName', label: 'creditName', kind: 'text' },
  { name: 'productName', label: 'productName', kind: 'text', required: true },
  { name: 'vendorName', label: 'vendorName', kind: 'text' },
  { name: 'version', label: 'version', kind: 'text' },
  { name: 'url', label: 'url', kind: 'text' },
  { name: 'method', label: 'method', kind: 'area' },
  { name: 'tools', label: 'tools', kind: 'text' },
  { name: 'poc', label: 'poc', kind: 'area' },
  { name: 'impact', label: 'impact', kind: 'area' },
  { name: 'threatModel', label: 'threatModel', kind: 'area' },
  { name: 'public', label: 'public', kind: 'check' },
  { name: 'references', label: 'references', kind: 'area' },
  { name: 'constraintDate', label: 'constraintDate', kind: 'date' },
  { name: 'constraintText', label: 'constraintText', kind: 'text' },
  { name: 'otherParties', label: 'otherParties', kind: 'check' },
  { name: 'otherDetails', label: 'otherDetails', kind: 'area' },
  { name: 'signKey', label: 'signKey', kind: 'file' },
  { name: 'passphrase', label: 'passphrase', kind: 'password' },
];

let lang: PageLanguage = AIRLOCK_FORM.lang;
const say = (key: PageTextKey, params: Record<string, string> = {}): string =>
  PAGE_TEXT[lang][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '');

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};

const form = el('form', { novalidate: '' });
const status = el('p', { role: 'status', id: 'status' });
const output = el('textarea', { readonly: '', id: 'output', rows: '8' });
const labels = new Map<string, HTMLElement>();

function input(field: Field): HTMLElement {
  const id = `f-${field.name}`;
  if (field.kind === 'kind') {
    const select = el('select', { id, name: field.name });
    for (const value of ['software', 'website'] as const) {
      const option = el('option', { value });
      option.dataset['label'] = value;
      select.append(option);
    }
    return select;
  }
  // The document schema's limits (a line 500, a block 100 000 characters): the browser stops
  // the finder there rather than the import refusing the saved report as malformed.
  if (field.kind === 'area')
    return el('textarea', { id, name: field.name, rows: '4', maxlength: '100000' });
  const type = {
    text: 'text',
    check: 'checkbox',
    date: 'date',
    file: 'file',
    password: 'password',
  }[field.kind];
  const limit = field.kind === 'text' ? { maxlength: String(field.maxLength ?? 500) } : {};
  return el('input', { id, name: field.name, type, ...limit });
}

function build(): void {
  const heading = el('h1');
  heading.dataset['label'] = 'heading';
  const intro = el('p');
  intro.dataset['label'] = 'intro';
  const switcher = el('button', { type: 'button', id: 'language' });
  switcher.dataset['label'] = 'language';
  switcher.addEventListener('click', () => {
    lang = lang === 'ja' ? 'en' : 'ja';
    paint();
  });
  document.body.append(switcher, heading, intro, form, status);
  for (const field of FIELDS) {
    const row = el('p');
    const label = el('label', { for: `f-${field.name}` });
    labels.set(field.name, label);
    label.dataset['label'] = field.label;
    const control = input(field);
    if (field.kind === 'check') row.append(control, label);
    else row.append(label, el('br'), control);
    form.append(row);
  }
  const save = el('button', { type: 'submit', id: 'save' });
  save.dataset['label'] = 'save';
  const outLabel = el('label', { for: 'output' });
  outLabel.dataset['label'] = 'output';
  form.append(save, el('br'), outLabel, el('br'), output);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  paint();
}

function paint(): void {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-label]')) {
    const key = node.dataset['label'] as PageTextKey;
    node.textContent = say(key, { fpr: AIRLOCK_FORM.fingerprint });
  }
  document.title = say('heading');
}

const value = (name: string): string =>
  (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null)?.value.trim() ??
  '';
const checked = (name: string): boolean =>
  (form.elements.namedItem(name) as HTMLInputElement | null)?.checked ?? false;
const list = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');

async function signingKey(): Promise<PrivateKey | null> {
  const file = (form.elements.namedItem('signKey') as HTMLInputElement).files?.[0];
  if (file === undefined) return null;
  return unlockFinderKey(await file.text(), value('passphrase'));
}

function documentOf(signer: PrivateKey | null): ReportFormDocument {
  const constraintDate = value('constraintDate');
  return {
    format: FORMAT,
    language: lang,
    title: value('title'),
    kind: value('kind') === 'website' ? 'website' : 'software',
    reporter: {
      name: value('reporterName'),
      contact: value('reporterContact'),
      organisation: value('organisation'),
      pgpKeyFingerprint: signer === null ? null : signer.getFingerprint().toUpperCase(),
      creditConsent: checked('creditConsent'),
      creditName: checked('creditConsent') ? value('creditName') : '',
    },
    product: {
      name: value('productName'),
      vendorName: value('vendorName'),
      version: value('version'),
      url: value('url'),
    },
    discovery: { method: value('method'), tools: list(value('tools'), /[,\n]/) },
    poc: value('poc'),
    impact: { description: value('impact'), threatModel: value('threatModel') },
    alreadyPublic: { value: checked('public'), references: list(value('references'), /\n/) },
    timeConstraints:
      constraintDate === ''
        ? []
        : [{ date: constraintDate, description: value('constraintText') || constraintDate }],
    otherParties: { contacted: checked('otherParties'), details: value('otherDetails') },
  };
}

async function submit(): Promise<void> {
  const missing = FIELDS.filter((f) => f.required === true && value(f.name) === '');
  if (missing.length > 0) {
    status.textContent = say('missing', {
      fields: missing.map((f) => say(f.label)).join(lang === 'ja' ? '、' : ', '),
    });
    return;
  }
  try {
    const signer = await signingKey();
    const armored = await sealReport(documentOf(signer), AIRLOCK_FORM.key, signer);
    // The finder's own clock names the file: nothing else depends on it.
    const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    const file = `vulnerability-report-${day}.asc`;
    const link = el('a', { download: file });
    link.href = URL.createObjectURL(new Blob([armored], { type: 'application/pgp-encrypted' }));
    document.body.append(link);
    link.click();
    link.remove();
    output.value = armored;
    status.textContent = say('saved', { file });
  } catch (error) {
    status.textContent = say('failed', {
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

build();
