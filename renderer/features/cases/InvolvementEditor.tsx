import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductStatus, VexJustification } from '../../../shared/model';
import type { InvolvementView } from '../../../shared/workflow/projection';
import { DialogButton } from './DialogAction';
import { EngineButton } from './EngineButton';
import {
  buildInvolvementChange,
  emptyProductRow,
  errorFor,
  formFromInvolvement,
  PRODUCT_STATUSES,
  VEX_JUSTIFICATIONS,
  type FieldError,
  type InvolvementEditForm,
  type ProductField,
  type ProductRow,
} from './involvement-edit';
import type { CaseDetail } from './use-case-detail';

/** A product row on screen: the model's row plus a stable key for React and focus. */
type Row = ProductRow & { key: number };
type FormState = Omit<InvolvementEditForm, 'products'> & { products: Row[] };

/** The statement texts (each in its own language) and the publication flags, by label key. */
const STATEMENT_FIELDS = [
  ['statementJa', 'ja'],
  ['statementEn', 'en'],
] as const;
const FLAG_FIELDS = [
  ['clearedForPublication', 'cleared'],
  ['canReachAllUsers', 'reachAll'],
] as const;

function ProductRowFields({
  row,
  n,
  errors,
  onChange,
  onRemove,
  nameRef,
}: {
  row: Row;
  n: number;
  errors: readonly FieldError[];
  onChange: (patch: Partial<ProductRow>) => void;
  onRemove: () => void;
  nameRef: (el: HTMLInputElement | null) => void;
}) {
  const { t } = useTranslation();
  const errorText = (field: ProductField): string | undefined => {
    const e = errorFor(errors, n - 1, field);
    if (e === undefined) return undefined;
    return e.code === 'invalid' ? e.message : t(`involvementEdit.errors.${e.code}`);
  };
  return (
    <Group align="start" gap="xs" wrap="wrap">
      <TextInput
        ref={nameRef}
        label={t('involvementEdit.productName', { n })}
        value={row.product}
        error={errorText('product')}
        onChange={(e) => onChange({ product: e.currentTarget.value })}
        w={200}
      />
      <TextInput
        label={t('involvementEdit.productVersions', { n })}
        placeholder={t('involvementEdit.productVersionsHint')}
        value={row.versions}
        error={errorText('versions')}
        onChange={(e) => onChange({ versions: e.currentTarget.value })}
        w={160}
      />
      <NativeSelect
        label={t('involvementEdit.productStatus', { n })}
        value={row.status}
        error={errorText('status')}
        onChange={(e) => onChange({ status: e.currentTarget.value as ProductStatus })}
        data={PRODUCT_STATUSES.map((s) => ({ value: s, label: t(`involvementEdit.status.${s}`) }))}
        w={180}
      />
      {row.status === 'known_not_affected' && (
        <NativeSelect
          label={t('involvementEdit.productJustification', { n })}
          value={row.justification}
          error={errorText('justification')}
          onChange={(e) =>
            onChange({ justification: e.currentTarget.value as VexJustification | '' })
          }
          data={[
            { value: '', label: t('involvementEdit.chooseJustification') },
            ...VEX_JUSTIFICATIONS.map((j) => ({
              value: j,
              label: t(`involvementEdit.justification.${j}`),
            })),
          ]}
          w={260}
        />
      )}
      <Button variant="default" c="dark.9" mt={25} onClick={onRemove}>
        {t('involvementEdit.removeProduct', { n })}
      </Button>
    </Group>
  );
}

function EditorPanel({
  inv,
  detail,
  onDone,
}: {
  inv: InvolvementView;
  detail: CaseDetail;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const nextKey = useRef(0);
  const keyed = (row: ProductRow): Row => ({ ...row, key: nextKey.current++ });
  const [form, setForm] = useState<FormState>(() => {
    const initial = formFromInvolvement(inv);
    return { ...initial, products: initial.products.map(keyed) };
  });
  const nameInputs = useRef(new Map<number, HTMLInputElement>());
  const [focusKey, setFocusKey] = useState<number | null>(null);
  useEffect(() => {
    if (focusKey !== null) nameInputs.current.get(focusKey)?.focus();
  }, [focusKey]);

  const result = buildInvolvementChange(inv, form);
  const errors = result.ok ? [] : result.error;
  const command = result.ok ? result.value : null;
  // Held back by the form itself (errors, nothing changed): said in words, not as a refusal.
  const held = !result.ok
    ? t('involvementEdit.fixErrors')
    : command === null
      ? t('involvementEdit.noChanges')
      : '';
  const planned = command === null ? null : detail.plan([command]);
  const heldId = useId();

  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));
  const setRow = (key: number, patch: Partial<ProductRow>) =>
    setForm((f) => ({
      ...f,
      products: f.products.map((r) => (r.key === key ? { ...r, ...patch } : r)),
    }));
  const addRow = () => {
    const row = keyed(emptyProductRow());
    setForm((f) => ({ ...f, products: [...f.products, row] }));
    setFocusKey(row.key);
  };
  const removeRow = (key: number) =>
    setForm((f) => ({ ...f, products: f.products.filter((r) => r.key !== key) }));

  return (
    <Stack gap="md">
      <Fieldset legend={t('involvementEdit.products')}>
        <Stack gap="xs">
          {form.products.length === 0 && (
            <Text size="sm" c="dark.6">
              {t('involvementEdit.noProducts')}
            </Text>
          )}
          {form.products.map((row, i) => (
            <ProductRowFields
              key={row.key}
              row={row}
              n={i + 1}
              errors={errors}
              onChange={(patch) => setRow(row.key, patch)}
              onRemove={() => removeRow(row.key)}
              nameRef={(el) => {
                if (el === null) nameInputs.current.delete(row.key);
                else nameInputs.current.set(row.key, el);
              }}
            />
          ))}
          <Group>
            <Button variant="default" c="dark.9" onClick={addRow}>
              {t('involvementEdit.addProduct')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('involvementEdit.statement')}>
        <Stack gap="xs">
          {STATEMENT_FIELDS.map(([field, lang]) => (
            <Textarea
              key={field}
              label={t(`involvementEdit.${field}`)}
              lang={lang}
              autosize
              minRows={2}
              value={form[field]}
              onChange={(e) => set({ [field]: e.currentTarget.value })}
            />
          ))}
          <Checkbox
            label={t('involvementEdit.statementApproved')}
            description={t('involvementEdit.statementApprovedHint')}
            checked={form.statementApproved}
            onChange={(e) => set({ statementApproved: e.currentTarget.checked })}
          />
        </Stack>
      </Fieldset>
      {FLAG_FIELDS.map(([field, label]) => (
        <Checkbox
          key={field}
          label={t(`involvementEdit.${label}`)}
          description={t(`involvementEdit.${label}Hint`)}
          checked={form[field]}
          onChange={(e) => set({ [field]: e.currentTarget.checked })}
        />
      ))}
      <Group align="start">
        {planned === null ? (
          <Button variant="filled" disabled aria-describedby={heldId}>
            {t('involvementEdit.save')}
          </Button>
        ) : (
          <EngineButton
            planned={planned}
            variant="filled"
            onRun={async (p) => {
              const error = await detail.commit(p);
              if (error === null) onDone();
              return error;
            }}
          >
            {t('involvementEdit.save')}
          </EngineButton>
        )}
        <Button variant="default" c="dark.9" onClick={onDone}>
          {t('involvementEdit.cancel')}
        </Button>
      </Group>
      <Text id={heldId} size="sm" c="dark.6" aria-live="polite">
        {held}
      </Text>
    </Stack>
  );
}

/**
 * "Edit vendor details" for one row of the vendor matrix: products, the vendor's statement
 * and the publication flags, saved as one `involvement.changed` event holding only what
 * changed.
 */
export function InvolvementEditor({
  inv,
  vendor,
  detail,
}: {
  inv: InvolvementView;
  vendor: string;
  detail: CaseDetail;
}) {
  const { t } = useTranslation();
  return (
    <DialogButton
      label={t('involvementEdit.open')}
      ariaLabel={t('involvementEdit.openFor', { vendor })}
      title={t('involvementEdit.title', { vendor })}
      size="xl"
    >
      {(close) => <EditorPanel inv={inv} detail={detail} onDone={close} />}
    </DialogButton>
  );
}
