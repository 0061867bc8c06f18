import { PackageURL } from 'packageurl-js';
import { z } from 'zod';
import { failWith, ok, type CodedError, type Result } from '../result';
import { parseCpe23, type Cpe23 } from './cpe';

/**
 * A product identifier as held on a contact or an affected product: a package URL
 * (`pkg:npm/...`) or a CPE 2.3 formatted string (`cpe:2.3:a:vendor:product:...`). Stored as
 * the string the user typed (so nothing is lost); validated on every boundary.
 */
export type ParsedProductIdentifier =
  { kind: 'purl'; raw: string; purl: PackageURL } | { kind: 'cpe'; raw: string; cpe: Cpe23 };

export type ProductIdentifierErrorCode = 'product-id-kind' | 'product-id-purl' | 'product-id-cpe';

export const PRODUCT_IDENTIFIER_MAX_LENGTH = 1024;

export const parseProductIdentifier = (
  input: string,
): Result<ParsedProductIdentifier, CodedError<ProductIdentifierErrorCode>> => {
  const raw = input.trim();
  const lower = raw.toLowerCase();
  if (lower.startsWith('pkg:')) {
    try {
      return ok({ kind: 'purl', raw, purl: PackageURL.fromString(raw) });
    } catch (e) {
      // packageurl-js reports every malformed purl by throwing; its message names the part.
      const why = e instanceof Error ? e.message : String(e);
      return failWith('product-id-purl', `not a valid package URL: ${why}`);
    }
  }
  if (lower.startsWith('cpe:')) {
    const cpe = parseCpe23(raw);
    return cpe.ok
      ? ok({ kind: 'cpe', raw, cpe: cpe.value })
      : failWith('product-id-cpe', `not a valid CPE 2.3 name: ${cpe.error.message}`);
  }
  return failWith(
    'product-id-kind',
    'expected a package URL ("pkg:type/…") or a CPE 2.3 name ("cpe:2.3:…")',
  );
};

export const productIdentifierSchema = z
  .string()
  .trim()
  .max(PRODUCT_IDENTIFIER_MAX_LENGTH)
  .superRefine((value, ctx) => {
    const parsed = parseProductIdentifier(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error.message });
  });

/** Vendor and product names to show for an identifier (PURL namespace or type, CPE
 *  vendor), used when an affected product is entered as an identifier only. */
export const productNamesOf = (p: ParsedProductIdentifier): { vendor: string; product: string } =>
  p.kind === 'purl'
    ? { vendor: p.purl.namespace ?? p.purl.type, product: p.purl.name }
    : {
        vendor: p.cpe.vendor.replace(/\\(.)/g, '$1'),
        product: p.cpe.product.replace(/\\(.)/g, '$1'),
      };
