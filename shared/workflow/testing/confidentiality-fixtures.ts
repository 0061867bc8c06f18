// Two vendors and a partner coordinator on one case, for the vendor-confidentiality tests.
import type { Contact } from '../../model/contact';
import type { ContactId } from '../../model/ids';
import { sampleContact, sampleReport } from '../../model/testing/fixtures';
import type { ConfidentialityInput } from '../vendor-confidentiality';

export const A = 'aaaaaaaa-0000-4000-8000-000000000001' as ContactId;
export const B = 'bbbbbbbb-0000-4000-8000-000000000002' as ContactId;
export const P = 'cccccccc-0000-4000-8000-000000000003' as ContactId;

export const contact = (id: ContactId, over: Partial<Contact>): Contact => ({
  ...sampleContact(),
  id,
  people: [],
  addresses: [],
  pgpFingerprints: [],
  products: [],
  ...over,
});

export const vendorA = contact(A, {
  name: { ja: 'ベンダーA株式会社', en: 'Alpha Soft Inc.' },
  products: ['pkg:npm/alpha-gateway'],
  addresses: [{ kind: 'email', value: 'psirt@alpha.example', label: '' }],
});
export const vendorB = contact(B, {
  name: { ja: 'ベータ電機株式会社', en: 'Beta Systems Corp.' },
  people: [{ name: 'Jiro Tanaka', email: 'jiro@beta.example', phone: '', role: 'PSIRT' }],
  products: ['cpe:2.3:a:beta:router_os:*:*:*:*:*:*:*:*', 'pkg:npm/beta-widget'],
  addresses: [{ kind: 'web-form', value: 'https://beta.example/psirt', label: '' }],
  pgpFingerprints: ['FEDCBA9876543210FEDCBA9876543210FEDCBA98'],
});
export const partner = contact(P, {
  name: { ja: 'パートナー', en: 'Partner CERT' },
  kind: 'coordinator',
});

export const input = (over: Partial<ConfidentialityInput> = {}): ConfidentialityInput => ({
  kase: { title: 'Beta router and Alpha gateway RCE', titleShareable: false },
  involvements: [
    { contactId: A, role: 'developer' },
    { contactId: B, role: 'upstream-developer' },
    { contactId: P, role: 'coordinator' },
  ],
  contacts: [vendorA, vendorB, partner],
  affected: [
    { vendor: 'Beta Systems', product: 'BetaRouter OS', versions: '', contactId: B },
    { vendor: 'Alpha Soft', product: 'Alpha Gateway', versions: '', contactId: A },
  ],
  reporter: sampleReport().reporter,
  recipientContactIds: [A],
  ...over,
});
