import { z } from 'zod';
import { isoInstantSchema } from './common';

/**
 * SSVC SelectionList 2.0.0 (CERT/CC, data/schema/v2/SelectionList_2_0_0.schema.json): what an
 * analyst chose at each decision point of a table, stored as the standard object so a CSAF 2.1
 * `ssvc_v2` metric or a partner's tool reads it unchanged. Strict like the official schema
 * (no extra properties); shared/workflow/ssvc.test.ts validates what the engine writes
 * against the official JSON schema itself.
 */
const ssvcKey = z.string().regex(/^(([a-zA-Z0-9])|([a-zA-Z0-9][a-zA-Z0-9_]*[a-zA-Z0-9])|(T\*))$/);
const semver = z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/);

export const ssvcSelectionSchema = z.strictObject({
  namespace: z.string().min(3).max(1000),
  key: ssvcKey,
  version: semver,
  name: z.string().min(1).optional(),
  definition: z.string().min(1).optional(),
  values: z
    .array(
      z.strictObject({
        key: ssvcKey,
        name: z.string().min(1).optional(),
        definition: z.string().min(1).optional(),
      }),
    )
    .min(1),
});
export type SsvcSelection = z.infer<typeof ssvcSelectionSchema>;

export const ssvcSelectionListSchema = z.strictObject({
  timestamp: isoInstantSchema,
  schemaVersion: z.literal('2.0.0'),
  target_ids: z
    .array(z.string())
    .min(1)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'target ids repeat' })
    .optional(),
  selections: z.array(ssvcSelectionSchema).min(1),
});
export type SsvcSelectionList = z.infer<typeof ssvcSelectionListSchema>;

/** The two CERT/CC coordinator decision models Airlock records. */
export const ssvcModelSchema = z.enum(['coordinator-triage', 'coordinator-publish']);
export type SsvcModel = z.infer<typeof ssvcModelSchema>;
