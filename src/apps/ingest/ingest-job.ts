// The payload of one queued batch, validated with zod when a worker takes it (Redis is an edge).
import { z } from 'zod';
import { InputRecord } from '../../core/input-record.ts';

// queued inputs already carry string ids
const Input = InputRecord.extend({ id: z.string().optional() });

export const IngestJob = z.object({
  entries: z.array(
    z.union([
      z.object({ ok: z.literal(true), input: Input, origin: z.string() }),
      z.object({ ok: z.literal(false), origin: z.string(), error: z.string() }),
    ]),
  ),
  marks: z.array(z.object({ source: z.string(), position: z.number().int().nonnegative(), complete: z.boolean().optional() })),
});

export type IngestJob = z.infer<typeof IngestJob>;
