// One URL per article, whatever link led to it: redirect wrappers unwrapped (Google, Facebook,
// Outlook safelinks, DuckDuckGo, Reddit, Yahoo …), AMP forms folded (AMP cache, amp. hosts, /amp
// segments, .amp.html, amp=1), tracking parameters dropped, host lower-cased without www./m./amp.,
// default port, fragment and trailing slash gone, remaining parameters sorted, scheme unified.
// Only for comparing URLs: the result is never fetched.

const TRACKING = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'msclkid', 'yclid', 'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl', 'ref', 'ref_src',
  'ref_url', 'referrer', 'cmpid', 'cmp', 'ocid', 'smid', 'smtyp', 'sr_share', 'share', 's_cid', 'taid', 'spm', 'amp',
  'outputtype', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'rss', 'feed', 'mbid', 'ito', 'src', 'via',
  '__twitter_impression', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'at_medium', 'at_campaign',
  'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'wt.mc_id', 'cid', 'xtor', 'ncid', 'soc_src', 'soc_trk',
]);
const TRACKING_PREFIX = /^(utm_|itm_|pk_|mtm_|hsa_|oly_|vero_)/;

/** Wrappers that carry the real URL in a query parameter: host test, path test, parameter names. */
const WRAPPERS: readonly [RegExp, RegExp, readonly string[]][] = [
  [/(^|\.)google\.[a-z.]+$/, /^\/url$/, ['q', 'url']],
  [/^(l|lm|m|www)\.facebook\.com$/, /^\/l\.php$/, ['u']],
  [/^out\.reddit\.com$/, /./, ['url']],
  [/\.safelinks\.protection\.outlook\.com$/, /./, ['url']],
  [/^(html\.)?duckduckgo\.com$/, /^\/l\/?$/, ['uddg']],
  [/^t\.umblr\.com$/, /^\/redirect$/, ['z']],
  [/^(www\.)?linkedin\.com$/, /^\/redir\/redirect$/, ['url']],
  [/^(?:www\.)?youtube\.com$/, /^\/redirect$/, ['q']],
  [/./, /^\/(redirect|redir|out|away|exit|link|click|r)(\.php)?\/?$/, ['url', 'u', 'to', 'target', 'dest', 'destination', 'redirect', 'redirect_url']],
];

function isHttp(u: string): boolean {
  return /^https?:\/\//i.test(u);
}

function unwrap(u: URL): URL | null {
  const host = u.hostname.toLowerCase();
  // AMP cache: https://example-com.cdn.ampproject.org/c/s/example.com/path
  if (host.endsWith('.cdn.ampproject.org') || host === 'cdn.ampproject.org') {
    const m = /^\/[a-z]\/(s\/)?(.+)$/.exec(u.pathname);
    if (m) return safeUrl(`${m[1] ? 'https' : 'http'}://${m[2]}${u.search}`);
  }
  if (host === 'href.li' && isHttp(u.search.slice(1))) return safeUrl(u.search.slice(1));
  if (host === 'r.search.yahoo.com') {
    const m = /\/RU=([^/]+)\//.exec(u.pathname);
    if (m) return safeUrl(decodeURIComponent(m[1]));
  }
  for (const [hostRe, pathRe, params] of WRAPPERS) {
    if (!hostRe.test(host) || !pathRe.test(u.pathname)) continue;
    for (const p of params) {
      const v = u.searchParams.get(p);
      if (v && isHttp(v)) return safeUrl(v);
    }
  }
  return null;
}

function safeUrl(s: string): URL | null {
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

function cleanPath(path: string): string {
  let p = path.replace(/\/{2,}/g, '/');
  p = p.replace(/\.amp(\.html?)$/i, '$1').replace(/\.amp$/i, '');
  p = p.split('/').filter((seg) => seg.toLowerCase() !== 'amp').join('/') || '/';
  if (!p.startsWith('/')) p = `/${p}`;
  if (p.length > 1) p = p.replace(/\/+$/, '');
  return p;
}

/** The canonical form of an http(s) URL, or null when the string is not one. */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let u = safeUrl(raw.trim());
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return null;
  for (let i = 0; i < 5; i++) {
    const inner = unwrap(u);
    if (!inner || (inner.protocol !== 'http:' && inner.protocol !== 'https:')) break;
    u = inner;
  }
  const host = u.hostname.toLowerCase().replace(/^(www\d?|m|mobile|amp)\./, '').replace(/\.$/, '');
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  const params = [...u.searchParams.entries()]
    .filter(([k]) => !TRACKING.has(k.toLowerCase()) && !TRACKING_PREFIX.test(k.toLowerCase()))
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `https://${host}${port}${cleanPath(u.pathname)}${query}`;
}

/** The host of a URL without www./m./amp., or null. */
export function urlHost(raw: string | null | undefined): string | null {
  const c = canonicalUrl(raw);
  return c ? new URL(c).host : null;
}
