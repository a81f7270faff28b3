import { z } from 'zod';

/** One article as input records carry it (records.md "Input"): unknown fields ignored, only `text` required. */
export const InputRecord = z.object({
  // an empty id would store the article under "" (and every other empty-id record on top of it)
  id: z.union([z.string(), z.number()]).optional().refine((id) => id === undefined || String(id).trim() !== '', 'must not be empty (give a non-empty id or leave the field out)'),
  text: z.string().min(1),
  published: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  language: z.string().optional(),
});
