import { z } from 'zod';

/** One article as input records carry it (records.md "Input"): unknown fields ignored, only `text` required. */
export const InputRecord = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string().min(1),
  published: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  language: z.string().optional(),
});
