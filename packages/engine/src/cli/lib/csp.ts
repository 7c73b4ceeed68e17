/**
 * The Content-Security-Policy the built site is tested under (tests/e2e/csp.spec.ts) and that docs/security.md
 * recommends to deployers. Nothing inline is allowed: no inline scripts, no <style> blocks, no style="" attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
