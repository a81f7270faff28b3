import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/ingest/canonical-url.ts';

describe('canonicalUrl', () => {
  it.each<[string, string, string | null]>([
    ['tracking parameters', 'https://news.example/world/story?utm_source=rss&utm_medium=feed&fbclid=abc&gclid=x', 'https://news.example/world/story'],
    ['kept parameters are sorted', 'https://news.example/a?b=2&a=1&utm_campaign=x', 'https://news.example/a?a=1&b=2'],
    ['www, case, default port, fragment, trailing slash', 'HTTP://WWW.News.Example:80/World/Story/#comments', 'https://news.example/World/Story'],
    ['http and https are one', 'http://news.example/a', 'https://news.example/a'],
    ['AMP path segment', 'https://news.example/amp/world/story', 'https://news.example/world/story'],
    ['AMP trailing segment', 'https://news.example/world/story/amp/', 'https://news.example/world/story'],
    ['.amp.html', 'https://news.example/world/story.amp.html', 'https://news.example/world/story.html'],
    ['amp=1 and outputType=amp', 'https://news.example/story?amp=1&outputType=amp', 'https://news.example/story'],
    ['amp. host', 'https://amp.news.example/story', 'https://news.example/story'],
    ['mobile host', 'https://m.news.example/story', 'https://news.example/story'],
    ['AMP cache', 'https://news-example.cdn.ampproject.org/c/s/news.example/world/story?amp', 'https://news.example/world/story'],
    ['Google redirect', 'https://www.google.com/url?sa=t&url=https%3A%2F%2Fnews.example%2Fstory%3Futm_source%3Dg&usg=x', 'https://news.example/story'],
    ['Facebook redirect', 'https://l.facebook.com/l.php?u=https%3A%2F%2Fnews.example%2Fstory&h=AT0', 'https://news.example/story'],
    ['Outlook safelinks', 'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fnews.example%2Fstory&data=x', 'https://news.example/story'],
    ['DuckDuckGo', 'https://duckduckgo.com/l/?uddg=https%3A%2F%2Fnews.example%2Fstory&rut=1', 'https://news.example/story'],
    ['Yahoo', 'https://r.search.yahoo.com/_ylt=A/RV=2/RE=1/RO=10/RU=https%3a%2f%2fnews.example%2fstory/RK=2/RS=x-', 'https://news.example/story'],
    ['generic /redirect?url=', 'https://tracker.example/redirect?url=https://news.example/story', 'https://news.example/story'],
    ['nested wrappers', 'https://www.google.com/url?q=https%3A%2F%2Fl.facebook.com%2Fl.php%3Fu%3Dhttps%253A%252F%252Fnews.example%252Fstory', 'https://news.example/story'],
    ['a wrapper around a non-http URL is kept', 'https://www.google.com/url?q=javascript:alert(1)', 'https://google.com/url?q=javascript%3Aalert%281%29'],
    ['not http', 'ftp://news.example/story', null],
    ['not a URL', 'story', null],
  ])('%s', (_name, input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });
});
