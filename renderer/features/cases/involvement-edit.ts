import {
  involvementProductSchema,
  productStatusSchema,
  vexJustificationSchema,
  type Involvement,
  type InvolvementProduct,
  type ProductStatus,
  type VendorStatement,
  type VexJustification,
} from '../../../shared/model';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import { fail, ok, type Result } from '../../../shared/result';

/**
 * The vendor-details form of one involvement (products, statement, publication flags) and
 * the one `involvement.changed` command it amounts to. Pure: the screen keeps the form
 * state, this decides what changed and whether the model's schema accepts it.
 */
export const PRODUCT_STATUSES: readonly ProductStatus[] = productStatusSchema.options;
export const VEX_JUSTIFICATIONS: readonly VexJustification[] = vexJustificationSchema.options;

export type ProductRow = {
  product: string;
  versions: string;
  status: ProductStatus;
  /** '' until chosen; only used when the status is `known_not_affected`. */
  justification: VexJustification | '';
};

export type InvolvementEditForm = {
  products: ProductRow[];
  statementJa: string;
  statementEn: string;
  statementApproved: boolean;
  clearedForPublication: boolean;
  canReachAllUsers: boolean;
};

export type EditableInvolvement = Pick<
  Involvement,
  'id' | 'statement' | 'products' | 'clearedForPublication' | 'canReachAllUsers'
>;

/** The fields of a product row that can be wrong, addressed as `products.<index>.<field>`. */
export type ProductField = 'product' | 'versions' | 'status' | 'justification';
export type FieldErrorCode = 'productRequired' | 'justificationRequired' | 'invalid';
export type FieldError = {
  /** `products.0.product`, … */
  field: `products.${number}.${ProductField}`;
  code: FieldErrorCode;
  /** The schema's own message (zod speaks the UI language), used for `invalid`. */
  message: string;
};

/** The command (null when nothing changed), or the form's field errors. */
export type EditResult = Result<
  Extract<CaseCommand, { type: 'involvement.changed' }> | null,
  FieldError[]
>;

export const emptyProductRow = (): ProductRow => ({
  product: '',
  versions: '',
  status: 'known_affected',
  justification: '',
});

export const formFromInvolvement = (inv: EditableInvolvement): InvolvementEditForm => ({
  products: inv.products.map((p) => ({
    product: p.product,
    versions: p.versions,
    status: p.status,
    justification: p.justification ?? '',
  })),
  statementJa: inv.statement.ja,
  statementEn: inv.statement.en,
  statementApproved: inv.statement.approved,
  clearedForPublication: inv.clearedForPublication,
  canReachAllUsers: inv.canReachAllUsers,
});

const PRODUCT_FIELDS: readonly ProductField[] = ['product', 'versions', 'status', 'justification'];

const codeOf = (field: ProductField): FieldErrorCode =>
  field === 'product'
    ? 'productRequired'
    : field === 'justification'
      ? 'justificationRequired'
      : 'invalid';

/** One row as the model stores it: trimmed text, a justification only for "not affected". */
const parseRow = (row: ProductRow, index: number): Result<InvolvementProduct, FieldError[]> => {
  const candidate = {
    product: row.product.trim(),
    versions: row.versions.trim(),
    status: row.status,
    justification:
      row.status === 'known_not_affected' && row.justification !== '' ? row.justification : null,
  };
  const parsed = involvementProductSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = parsed.error.issues.map((issue): FieldError => {
    const head = issue.path[0];
    const field = PRODUCT_FIELDS.find((f) => f === head) ?? 'product';
    return { field: `products.${index}.${field}`, code: codeOf(field), message: issue.message };
  });
  return fail(errors);
};

const sameProducts = (a: readonly InvolvementProduct[], b: readonly InvolvementProduct[]) =>
  a.length === b.length &&
  a.every((p, i) => {
    const q = b[i];
    return (
      q !== undefined &&
      p.product === q.product &&
      p.versions === q.versions &&
      p.status === q.status &&
      p.justification === q.justification
    );
  });

const sameStatement = (a: VendorStatement, b: VendorStatement) =>
  a.ja === b.ja && a.en === b.en && a.approved === b.approved;

/**
 * The `involvement.changed` command for this form: only the fields that differ from the
 * involvement (the statement as a whole, as the event carries it), or null when nothing
 * changed. Field errors when a product row does not satisfy the model's schema.
 */
export const buildInvolvementChange = (
  inv: EditableInvolvement,
  form: InvolvementEditForm,
): EditResult => {
  const products: InvolvementProduct[] = [];
  const errors: FieldError[] = [];
  form.products.forEach((row, i) => {
    const r = parseRow(row, i);
    if (r.ok) products.push(r.value);
    else errors.push(...r.error);
  });
  if (errors.length > 0) return fail(errors);
  const statement: VendorStatement = {
    ja: form.statementJa,
    en: form.statementEn,
    approved: form.statementApproved,
  };
  const payload: Extract<CaseCommand, { type: 'involvement.changed' }>['payload'] = {
    involvementId: inv.id,
  };
  if (!sameProducts(products, inv.products)) payload.products = products;
  if (!sameStatement(statement, inv.statement)) payload.statement = statement;
  if (form.clearedForPublication !== inv.clearedForPublication) {
    payload.clearedForPublication = form.clearedForPublication;
  }
  if (form.canReachAllUsers !== inv.canReachAllUsers) {
    payload.canReachAllUsers = form.canReachAllUsers;
  }
  const changed = Object.keys(payload).length > 1;
  return ok(changed ? { type: 'involvement.changed', payload } : null);
};

/** The error for one field, if any (the screen shows it under that input). */
export const errorFor = (
  errors: readonly FieldError[],
  index: number,
  field: ProductField,
): FieldError | undefined => errors.find((e) => e.field === `products.${index}.${field}`);
