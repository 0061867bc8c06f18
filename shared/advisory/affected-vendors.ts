import type { LocalizedText } from '../model/common';
import type { AffectedProduct } from '../model/vulnerability';
import { identifierMatches } from '../workflow/vendor-suggestions';

/**
 * Which case vendor an affected product (a line of a vulnerability's "Affected products")
 * belongs to, for the advisory's product table. The product joins, in this order:
 *  1. the vendor its `contactId` names;
 *  2. every case vendor whose contact registers its PURL or CPE (the same matcher as the
 *     "Suggested vendors to notify" panel: a line typed on the Vulnerabilities tab has no
 *     contact and a vendor derived from the identifier, e.g. `generic` for
 *     `pkg:generic/widgetcms`, so the identifier is what ties it to Widget Corp);
 *  3. the case vendor named as its vendor.
 * A line that joins none is never dropped silently: `productsNotTaken` says which and why.
 */
export type CaseVendorRef = {
  /** The draft's vendor id (`v1`, …). */
  vendorId: string;
  contactId: string;
  /** The contact's names in both languages. */
  names: readonly string[];
  /** The product identifiers the contact registers (Contact.products). */
  identifiers: readonly string[];
};

export type NotTakenReason =
  /** The case has no vendor yet. */
  | 'no-vendor-on-case'
  /** The line names a contact that is not a vendor on the case. */
  | 'contact-not-on-case'
  /** No case vendor registers the identifier or carries the vendor's name. */
  | 'no-vendor-match';

export type NotTakenProduct = {
  /** The vulnerability the line belongs to (its title). */
  vulnerability: LocalizedText;
  /** The line as the analyst reads it: identifier (or product) and versions. */
  line: string;
  reason: NotTakenReason;
  /** What happened and what to do, naming the line. */
  text: LocalizedText;
};

const key = (name: string): string => name.trim().toLowerCase();

/** The draft vendor ids an affected product joins; empty when it joins none. */
export function vendorsOfAffected(a: AffectedProduct, vendors: readonly CaseVendorRef[]): string[] {
  if (a.contactId !== null) {
    return vendors.filter((v) => v.contactId === a.contactId).map((v) => v.vendorId);
  }
  if (a.identifier !== undefined) {
    const target = [{ identifier: a.identifier, versions: a.versions }];
    const byIdentifier = vendors.filter((v) => identifierMatches(v.identifiers, target).length > 0);
    if (byIdentifier.length > 0) return byIdentifier.map((v) => v.vendorId);
  }
  const name = key(a.vendor);
  const byName = vendors.find((v) => v.names.some((n) => n.trim() !== '' && key(n) === name));
  return byName === undefined ? [] : [byName.vendorId];
}

const lineOf = (a: AffectedProduct): string =>
  `${a.identifier ?? `${a.vendor} ${a.product}`} ${a.versions}`.trim();

const reasonText = (reason: NotTakenReason, a: AffectedProduct): LocalizedText => {
  const line = lineOf(a);
  const id = a.identifier ?? a.product;
  switch (reason) {
    case 'no-vendor-on-case':
      return {
        en: `“${line}” was not taken: the case has no vendor yet. Add the vendor that makes it on the case’s Vendors tab (“Suggested vendors to notify” lists the contacts that register ${id}), then take the case’s products again.`,
        ja: `「${line}」は取り込まれませんでした。案件にベンダーがまだありません。案件の「ベンダー」タブで製品を提供するベンダーを追加し（「通知先の候補」に ${id} を登録した連絡先が表示されます）、もう一度取り込んでください。`,
      };
    case 'contact-not-on-case':
      return {
        en: `“${line}” was not taken: the contact it names is not a vendor on the case. Add that vendor on the Vendors tab, then take the case’s products again.`,
        ja: `「${line}」は取り込まれませんでした。指定された連絡先は案件のベンダーではありません。「ベンダー」タブでそのベンダーを追加し、もう一度取り込んでください。`,
      };
    case 'no-vendor-match':
      return {
        en: `“${line}” was not taken: no vendor on the case registers ${id} or is named “${a.vendor}”. Add ${id} to the products of the vendor’s contact (Contacts), or add the vendor that makes it to the case, then take the case’s products again.`,
        ja: `「${line}」は取り込まれませんでした。${id} を登録したベンダー、または「${a.vendor}」という名前のベンダーが案件にいません。ベンダーの連絡先（連絡先）の製品に ${id} を加えるか、製品を提供するベンダーを案件に追加し、もう一度取り込んでください。`,
      };
  }
};

/** Each affected line of the case's vulnerabilities that joins no case vendor, with why. */
export function productsNotTaken(
  vulnerabilities: readonly Pick<
    { title: LocalizedText; affected: AffectedProduct[] },
    'title' | 'affected'
  >[],
  vendors: readonly CaseVendorRef[],
): NotTakenProduct[] {
  return vulnerabilities.flatMap((v) =>
    v.affected.flatMap((a) => {
      if (vendorsOfAffected(a, vendors).length > 0) return [];
      const reason: NotTakenReason =
        vendors.length === 0
          ? 'no-vendor-on-case'
          : a.contactId !== null
            ? 'contact-not-on-case'
            : 'no-vendor-match';
      return [{ vulnerability: v.title, line: lineOf(a), reason, text: reasonText(reason, a) }];
    }),
  );
}
