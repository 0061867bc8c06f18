import { z } from 'zod';
import { isoInstantSchema } from './common';
import { eventIdSchema, involvementIdSchema, messageIdSchema } from './ids';
import { disputeCategorySchema } from './involvement';
import { ianaZoneSchema } from './time-zone';

/**
 * Payloads of issue 27's embargo-extension and dispute events (case events v5), kept here so
 * the event union in case-event.ts names each in one line.
 */
const reason = z.string().trim().min(1).max(5000);

/** A vendor asks for publication later than agreed: the instant it asks for (`date`, stated
 *  in `zone`) and its reason, from its reply `messageId` or recorded by hand (null). */
export const extensionRequestedPayload = z.object({
  involvementId: involvementIdSchema,
  date: isoInstantSchema,
  zone: ianaZoneSchema,
  reason,
  messageId: messageIdSchema.nullable(),
});

/** The analyst grants request `requestId` (the request event's id): the agreed instant
 *  moves to `date` (normally the one asked for). */
export const extensionGrantedPayload = z.object({
  requestId: eventIdSchema,
  date: isoInstantSchema,
  zone: ianaZoneSchema,
});

/** The analyst refuses request `requestId`, with the reason the vendor is told. */
export const extensionRefusedPayload = z.object({ requestId: eventIdSchema, reason });

/** The vendor contests the vulnerability: the category and the vendor's reason. */
export const vendorDisputedPayload = z.object({
  involvementId: involvementIdSchema,
  category: disputeCategorySchema,
  reason,
});
