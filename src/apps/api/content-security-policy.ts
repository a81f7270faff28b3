// The Content-Security-Policy of every response. Scripts and styles only from this origin (the
// dashboard is a Vite bundle, no inline code); no plugins, frames or base-URI games; and Trusted
// Types with no policy, so any innerHTML-style sink in the page throws instead of parsing HTML.
import type { secureHeaders } from 'hono/secure-headers';

type CspOptions = NonNullable<NonNullable<Parameters<typeof secureHeaders>[0]>['contentSecurityPolicy']>;

export const CONTENT_SECURITY_POLICY: CspOptions = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  requireTrustedTypesFor: ["'script'"],
  trustedTypes: ["'none'"],
};
