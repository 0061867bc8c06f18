import type { AdvisoryDraft } from '../model/advisory-draft';
import type { LocalizedText } from '../model/common';
import { parseVersionRange } from '../workflow/version-range';
import type { Result } from '../result';

/**
 * Product versions as the machine-readable exports need them. A version written as people
 * write it ("2.1.0 and earlier", "< 2.1", "1.0 - 1.4", "2.x", "*") becomes a range: a `vers`
 * string for CSAF `product_version_range` and `version`/`lessThan`/`lessThanOrEqual` for
 * CVE JSON 5 (both `generic`: vendors' version schemes are not known here). Text the range
 * parser (shared/workflow/version-range.ts) does not understand, or a range neither format
 * can say (`> 2`, `!= 3`), is refused with the product and the text named, never guessed.
 */
export type ExportVersion =
  | { kind: 'exact'; version: string }
  | {
      kind: 'range';
      vers: string;
      cve: { version: string; lessThan?: string; lessThanOrEqual?: string };
    };

/** The next series: `2` → `3`, `2.5` → `2.6` (the upper bound of `2.x`, `2.5.*`). */
const nextSeries = (series: string): string => {
  const parts = series.split('.').map(Number);
  parts[parts.length - 1] = (parts[parts.length - 1] ?? 0) + 1;
  return parts.join('.');
};

export function exportVersion(text: string): ExportVersion | null {
  const trimmed = text.trim();
  const cs = parseVersionRange(trimmed === '' ? '*' : trimmed);
  if (cs === null) return null;
  const [a, b, ...more] = cs;
  if (a === undefined || more.length > 0) return null;
  const range = (vers: string, cve: Extract<ExportVersion, { kind: 'range' }>['cve']) =>
    ({ kind: 'range', vers: `vers:generic/${vers}`, cve }) as const;
  if (b === undefined) {
    if (a.op === '=') return { kind: 'exact', version: a.version };
    if (a.op === '<') return range(`<${a.version}`, { version: '0', lessThan: a.version });
    if (a.op === '<=') return range(`<=${a.version}`, { version: '0', lessThanOrEqual: a.version });
    if (a.op === '>=' && a.version === '0') return range('*', { version: '0', lessThan: '*' });
    if (a.op === 'series') {
      const upper = nextSeries(a.version);
      return range(`>=${a.version}|<${upper}`, { version: a.version, lessThan: upper });
    }
    return null;
  }
  if (a.op !== '>=' || (b.op !== '<' && b.op !== '<=')) return null;
  return b.op === '<'
    ? range(`>=${a.version}|<${b.version}`, { version: a.version, lessThan: b.version })
    : range(`>=${a.version}|<=${b.version}`, { version: a.version, lessThanOrEqual: b.version });
}

export type ProductsError = {
  code: 'no-products' | 'no-product-status' | 'version-not-understood';
  message: string;
  text: LocalizedText;
};

const refuse = (
  code: ProductsError['code'],
  text: LocalizedText,
): Result<never, ProductsError> => ({
  ok: false,
  error: { code, message: text.en, text },
});

/**
 * A security advisory's CSAF and CVE exports need named products (CSAF's product tree and
 * each vulnerability's `product_status` may not be empty) whose versions both formats can
 * say. Refused with what to do until then.
 */
export function checkExportProducts(draft: AdvisoryDraft): Result<void, ProductsError> {
  if (draft.products.length === 0) {
    return refuse('no-products', {
      en: 'No affected product is named yet: press “Take the case’s vendors, products and vulnerabilities” under “Affected products and versions”. A product is taken when its vendor is on the case (its PURL or CPE registered on the vendor’s contact, or listed among the vendor’s products); each line that cannot be taken is listed there with the reason.',
      ja: '影響を受ける製品がまだありません。「影響を受けるシステム」の下の「案件のベンダ・製品・脆弱性を取り込む」を押してください。製品はそのベンダが案件にいるとき（ベンダの連絡先に PURL または CPE が登録されているか、ベンダの製品に登録されているとき）に取り込まれます。取り込めない行は理由とともにそこに表示されます。',
    });
  }
  for (const p of draft.products) {
    for (const v of p.versions) {
      if (exportVersion(v.version) !== null) continue;
      return refuse('version-not-understood', {
        en: `The versions of ${p.name.en || p.name.ja} ("${v.version}") cannot be read as a version or a range: write an exact version, "2.1.0 and earlier", "< 2.1.0", "1.0 - 2.0" or "2.x".`,
        ja: `${p.name.ja || p.name.en} のバージョン「${v.version}」を版または範囲として読み取れません。個別の版、「2.1.0 以前」「< 2.1.0」「1.0 - 2.0」「2.x」のように書いてください。`,
      });
    }
  }
  // No `productVersionIds` means every product; an empty list means none.
  const bare = draft.vulnerabilities.findIndex((v) => v.productVersionIds?.length === 0);
  if (bare >= 0) {
    return refuse('no-product-status', {
      en: `Vulnerability ${bare + 1} concerns no product: choose its products.`,
      ja: `脆弱性 ${bare + 1} に該当する製品がありません。製品を選んでください。`,
    });
  }
  return { ok: true, value: undefined };
}
