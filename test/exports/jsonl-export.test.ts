import { describe, expect, it } from 'vitest';
import { articlesToEvents } from '../../src/exports/article-events.ts';
import { jsonlExport } from '../../src/exports/jsonl-export.ts';
import { makeArticle } from '../store/fixtures.ts';

async function* slowly<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) {
    await new Promise((r) => setTimeout(r, 0));
    yield item;
  }
}

describe('jsonl export', () => {
  it('writes one article per line, newlines inside text escaped', async () => {
    const a = makeArticle('j1', [{ n: 0, evidence: 'two\nlines' }], { text: 'line one\nline two\r\n' });
    const b = makeArticle('j2', []);
    let out = '';
    expect(await jsonlExport(slowly([a, b]), (c) => void (out += c))).toBe(2);
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0])).toEqual(a);
    expect(JSON.parse(lines[1])).toEqual(b);
  });

  it('writes one event per line with its article id', async () => {
    let out = '';
    const articles = [makeArticle('j3', [{ n: 0 }, { n: 1 }]), makeArticle('j4', [{ n: 0 }])];
    await jsonlExport(articlesToEvents(articles), (c) => void (out += c));
    const events = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => [e.id, e.article_id])).toEqual([
      ['j3:e0', 'j3'],
      ['j3:e1', 'j3'],
      ['j4:e0', 'j4'],
    ]);
  });

  it('batches output into large chunks and awaits the writer', async () => {
    const many = Array.from({ length: 400 }, (_, i) => makeArticle(`m${i}`, [{ n: 0 }]));
    const chunks: string[] = [];
    await jsonlExport(many, async (c) => {
      await new Promise((r) => setTimeout(r, 0));
      chunks.push(c);
    });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThan(50);
    expect(chunks.join('').trim().split('\n')).toHaveLength(400);
  });
});
