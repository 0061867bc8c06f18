import type { TFunction } from 'i18next';
import { type Contact, nameOf } from '../../../shared/model';
import type { InvolvementView } from '../../../shared/workflow/projection';
import type { VendorStatus } from '../../../shared/workflow/vendor-status';
import { formatInstant } from '../../app/ui/format-date';

/** What a vendor-matrix row shows, as text in the UI language. */
export type VendorRowView = {
  name: string;
  contactNext: string | null;
  role: string;
  status: string;
  firstContact: string;
  lastReply: string;
  statement: string;
  /** Every product line (the open row), and the one-line summary (the others). */
  products: readonly string[];
  productsSummary: string;
  actOn: string;
  actOnFor: string;
};

/** The derived status as one sentence ("Contacted, no reply for 3 business days"). */
export const vendorStatusText = (s: VendorStatus, t: TFunction): string => {
  if (s.kind === 'no-reply') return t('vendorMatrix.status.no-reply', { count: s.businessDays });
  if (s.kind === 'not-affected' && s.justifications.length > 0) {
    const why = s.justifications.map((j) => t(`vendorMatrix.vex.${j}`)).join(', ');
    return t('vendorMatrix.status.notAffectedWhy', { why });
  }
  if (s.kind === 'disputed') {
    return t('vendorMatrix.status.disputedWhy', {
      why: t(`vendorMatrix.dispute.${s.dispute.category}`),
    });
  }
  return t(`vendorMatrix.status.${s.kind}`);
};

/**
 * Row texts for one language. A 150-vendor case repeats the same few roles, statuses and
 * products: each distinct label is translated once (a translation per cell per row was most of
 * a row's render time), and the rows scrolled into view only look them up.
 */
export const vendorRowViews = (t: TFunction, lang: 'en' | 'ja') => {
  const labels = new Map<string, string>();
  const label = (key: string, make: () => string): string => {
    const known = labels.get(key);
    if (known !== undefined) return known;
    const made = make();
    labels.set(key, made);
    return made;
  };
  const none = t('cases.vendors.statementNone');
  const productLine = (p: InvolvementView['products'][number]) =>
    label(`p\u0000${p.product}\u0000${p.versions}\u0000${p.status}`, () =>
      t('cases.vendors.product', {
        product: p.product,
        versions: p.versions,
        status: t(`cases.productStatus.${p.status}`),
      }),
    );
  return (
    inv: InvolvementView,
    contact: Contact | undefined,
    status: VendorStatus,
    contactNext: boolean,
  ): VendorRowView => {
    const name = contact === undefined ? inv.contactId : nameOf(contact, lang);
    const statement = inv.statement[lang] || inv.statement.en || inv.statement.ja;
    const products = inv.products.map(productLine);
    const [first] = products;
    return {
      name,
      contactNext: contactNext ? label('next', () => t('vendorMatrix.contactNext')) : null,
      role: label(`r\u0000${inv.role}`, () => t(`cases.role.${inv.role}`)),
      status: label(`s\u0000${JSON.stringify(status)}`, () => vendorStatusText(status, t)),
      firstContact: inv.firstContactAttempt === null ? '—' : formatInstant(inv.firstContactAttempt),
      lastReply: inv.lastReply === null ? '—' : formatInstant(inv.lastReply),
      statement:
        (statement === '' ? none : statement) +
        (inv.statement.approved
          ? ` (${label('approved', () => t('cases.vendors.statementApproved'))})`
          : ''),
      products,
      productsSummary:
        first === undefined
          ? '—'
          : products.length === 1
            ? first
            : t('vendorMatrix.productsMore', { first, count: products.length - 1 }),
      actOn: label('act', () => t('vendorMatrix.actOn')),
      actOnFor: t('vendorMatrix.actOnFor', { vendor: name }),
    };
  };
};
