// Hand-over and co-coordination between coordinators (issue 27 item 4): the payloads of the
// `coordination.*` case events. An organisation is named by its organisation key's
// fingerprint (the key that signs its bundles), with the name the sender knew it by, so
// both sides show the same hand-over whether or not they hold each other's contact record.
import { z } from 'zod';
import { pgpFingerprintSchema } from './common';
import { bundleIdSchema } from './ids';

const orgName = z.string().min(1).max(300);
const note = z.string().max(20_000);

/** The owner hands the case to another coordinator: `from` (the owner's key) to `to`. */
export const coordinationTransferredSchema = z.object({
  from: pgpFingerprintSchema,
  to: pgpFingerprintSchema,
  toName: orgName,
  note,
});

/** The owner adds a co-coordinator: both keep working and merge each other's bundles. */
export const coordinationCoCoordinatorAddedSchema = z.object({
  from: pgpFingerprintSchema,
  fingerprint: pgpFingerprintSchema,
  name: orgName,
  note,
});

/** The receiving side's own record that a bundle handed it the case or made it a
 *  co-coordinator; `fingerprint` is its own organisation key. */
export const coordinationAcceptedSchema = z.object({
  from: pgpFingerprintSchema,
  fingerprint: pgpFingerprintSchema,
  role: z.enum(['owner', 'co-coordinator']),
  bundleId: bundleIdSchema,
});
