// Electron security checklist 7, "Define a Content Security Policy": nothing remote, no eval, no inline script.
// Inline styles are allowed because React's style attributes and the roll preview set them; data: and blob: images
// for the logos kept inside the document; fonts from the app itself or embedded as data: in exports.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "child-src 'self' blob:",
  "form-action 'none'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
