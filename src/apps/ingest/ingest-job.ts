// The payload of one queued batch, validated with zod when a worker takes it (Redis is an edge).
import { z } from 'zod';

const Input = z.object({
  id: z.string().optional(),
  text: z.string().min(1),
  published: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  language: z.string().optional(),
});

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
