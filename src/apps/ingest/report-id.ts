// The id an ingested report is stored under when its input has none: its canonical URL when it has
// one (the same link fetched again is the same article, even if its text was edited), else the
// outlet and text (two outlets running the same wire text are two reports), else the text alone.
import { contentId } from '../../core/pipeline.ts';
import type { ArticleInput } from '../../core/types.ts';

export function reportId(input: ArticleInput, canonicalUrl: string | null): string {
  if (input.id) return input.id;
  if (canonicalUrl) return contentId(`url:${canonicalUrl}`);
  if (input.outlet) return contentId(`${input.outlet}\n${input.text}`);
  return contentId(input.text);
}
