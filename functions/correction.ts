/** The correction envelope (更正): which record, why, and the replacement record. */
import { z } from 'zod';

export const correctionBody = z.strictObject({
  supersedes: z.string().min(1).max(100),
  reason: z.string().trim().min(5, 'state the reason in at least 5 characters / 请说明更正原因（至少5个字）').max(500),
  /** The replacement, as a record of the superseded record's type. */
  record: z.record(z.string(), z.unknown()),
});
