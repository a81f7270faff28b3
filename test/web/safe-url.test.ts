import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../src/apps/web/lib/dom.ts';

describe('links in the dashboard', () => {
  it.each([
    ['#/events?actor=RUS', true],
    ['/api/export.csv?actor=RUS', true],
    ['https://news.example/a', true],
    ['HTTP://news.example/a', true],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['//evil.example/x', false],
    ['vbscript:x', false],
  ])('%s allowed: %s', (url, ok) => {
    expect(safeUrl(url) !== null).toBe(ok);
  });
});
