import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { caseEventSchema, productStatusSchema } from '../../../shared/model';
import { sampleInvolvement } from '../../../shared/model/testing/fixtures';
import {
  acceptedSoftwareCase,
  projectionOfEvents,
} from '../../../shared/workflow/testing/test-events';
import { planCommands } from './case-commands';
import {
  buildInvolvementChange,
  emptyProductRow,
  formFromInvolvement,
  PRODUCT_STATUSES,
  VEX_JUSTIFICATIONS,
  type InvolvementEditForm,
} from './involvement-edit';

const inv = sampleInvolvement();
const form = (patch: Partial<InvolvementEditForm> = {}): InvolvementEditForm => ({
  ...formFromInvolvement(inv),
  ...patch,
});

describe('involvement edit form', () => {
  it('prefills every field from the involvement', () => {
    expect(formFromInvolvement(inv)).toEqual({
      products: [
        {
          product: 'Example CMS',
          versions: '3.4.2',
          status: 'under_investigation',
          justification: '',
        },
      ],
      statementJa: '',
      statementEn: '',
      statementApproved: false,
      clearedForPublication: false,
      canReachAllUsers: false,
    });
  });

  it('yields no command when nothing changed, even after trimming product text', () => {
    expect(buildInvolvementChange(inv, form())).toEqual({ ok: true, value: null });
    const padded = form({
      products: [
        {
          ...emptyProductRow(),
          product: '  Example CMS ',
          versions: ' 3.4.2',
          status: 'under_investigation',
        },
      ],
    });
    expect(buildInvolvementChange(inv, padded)).toEqual({ ok: true, value: null });
  });

  it('puts only the changed fields in the command', () => {
    const cleared = buildInvolvementChange(inv, form({ clearedForPublication: true }));
    expect(cleared).toEqual({
      ok: true,
      value: {
        type: 'involvement.changed',
        payload: { involvementId: inv.id, clearedForPublication: true },
      },
    });

    const statement = buildInvolvementChange(inv, form({ statementEn: 'Fixed in 3.4.3.' }));
    expect(statement.ok && statement.value?.payload).toEqual({
      involvementId: inv.id,
      statement: { ja: '', en: 'Fixed in 3.4.3.', approved: false },
    });

    const products = buildInvolvementChange(
      inv,
      form({
        canReachAllUsers: true,
        products: [
          {
            product: 'Example CMS',
            versions: '<= 3.4.2',
            status: 'known_affected',
            justification: '',
          },
          { product: 'Example CMS', versions: '3.4.3', status: 'fixed', justification: '' },
        ],
      }),
    );
    expect(products.ok && products.value?.payload).toEqual({
      involvementId: inv.id,
      canReachAllUsers: true,
      products: [
        {
          product: 'Example CMS',
          versions: '<= 3.4.2',
          status: 'known_affected',
          justification: null,
        },
        { product: 'Example CMS', versions: '3.4.3', status: 'fixed', justification: null },
      ],
    });
  });

  it('treats removing every product as a change to an empty list', () => {
    const r = buildInvolvementChange(inv, form({ products: [] }));
    expect(r.ok && r.value?.payload).toEqual({ involvementId: inv.id, products: [] });
  });

  it('rejects an empty or blank product name with an error on that field', () => {
    const r = buildInvolvementChange(
      inv,
      form({
        products: [
          {
            product: 'Example CMS',
            versions: '3.4.2',
            status: 'known_affected',
            justification: '',
          },
          { ...emptyProductRow(), product: '   ', versions: '1.0' },
        ],
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toHaveLength(1);
      expect(r.error[0]).toMatchObject({ field: 'products.1.product', code: 'productRequired' });
      expect(r.error[0]?.message).not.toBe('');
    }
  });

  it('asks why a product is not affected, and drops the reason for other statuses', () => {
    const missing = buildInvolvementChange(
      inv,
      form({ products: [{ ...emptyProductRow(), product: 'X', status: 'known_not_affected' }] }),
    );
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.error).toEqual([
        expect.objectContaining({
          field: 'products.0.justification',
          code: 'justificationRequired',
        }),
      ]);
    }
    const given = buildInvolvementChange(
      inv,
      form({
        products: [
          {
            product: 'X',
            versions: '',
            status: 'known_not_affected',
            justification: 'component_not_present',
          },
        ],
      }),
    );
    expect(given.ok && given.value?.payload.products).toEqual([
      {
        product: 'X',
        versions: '',
        status: 'known_not_affected',
        justification: 'component_not_present',
      },
    ]);
    const fixed = buildInvolvementChange(
      inv,
      form({
        products: [
          { product: 'X', versions: '2', status: 'fixed', justification: 'component_not_present' },
        ],
      }),
    );
    expect(fixed.ok && fixed.value?.payload.products?.[0]?.justification).toBeNull();
  });

  it('offers exactly the model’s product statuses and VEX justifications', () => {
    expect([...PRODUCT_STATUSES].sort()).toEqual([...productStatusSchema.options].sort());
    expect(VEX_JUSTIFICATIONS).toContain('vulnerable_code_not_present');
    for (const status of PRODUCT_STATUSES) {
      const justification = status === 'known_not_affected' ? 'component_not_present' : '';
      const r = buildInvolvementChange(
        inv,
        form({ products: [{ product: 'P', versions: '1', status, justification }] }),
      );
      expect(r.ok, status).toBe(true);
      expect(r.ok && r.value?.payload.products?.[0]?.status).toBe(status);
    }
  });

  it('builds a command the event schema and the engine accept', () => {
    const ctx = { actor: 'analyst', now: '2026-05-10T03:00:00.000Z' };
    const before = projectionOfEvents(acceptedSoftwareCase());
    const current = before.involvements[0];
    if (current === undefined) throw new Error('no involvement');
    const r = buildInvolvementChange(current, {
      ...formFromInvolvement(current),
      products: [
        { product: 'Example CMS', versions: '3.4.2', status: 'known_affected', justification: '' },
      ],
      statementJa: '3.4.3 で修正しました。',
      statementEn: 'Fixed in 3.4.3.',
      statementApproved: true,
      clearedForPublication: true,
    });
    if (!r.ok || r.value === null) throw new Error('expected a command');
    const planned = planCommands(before, [r.value], ctx);
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    expect(z.array(caseEventSchema).safeParse(planned.events).success).toBe(true);
    const after = planned.projection.involvements[0];
    expect(after?.products).toEqual([
      { product: 'Example CMS', versions: '3.4.2', status: 'known_affected', justification: null },
    ]);
    expect(after?.statement).toEqual({
      ja: '3.4.3 で修正しました。',
      en: 'Fixed in 3.4.3.',
      approved: true,
    });
    expect(after?.clearedForPublication).toBe(true);
    expect(after?.canReachAllUsers).toBe(false);
    expect(buildInvolvementChange(after ?? current, formFromInvolvement(after ?? current))).toEqual(
      {
        ok: true,
        value: null,
      },
    );
  });
});
