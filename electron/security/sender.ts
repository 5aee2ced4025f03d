// Electron security checklist 17, "Validate the sender of all IPC messages": only our own page's main frame,
// loaded from our own origin, may call the handlers. Subframes and any other origin are refused.
export interface SenderInfo {
  /** URL of the frame that sent the request. */
  url: string;
  isMainFrame: boolean;
}

export function isTrustedSender(sender: SenderInfo, trustedOrigins: readonly string[]): boolean {
  if (!sender.isMainFrame) return false;
  let origin: string;
  try {
    const url = new URL(sender.url);
    // Custom schemes such as app://rollcall have an opaque "null" origin in WHATWG URL; compare scheme and host.
    origin = `${url.protocol}//${url.host}`;
  } catch {
    return false;
  }
  return trustedOrigins.includes(origin);
}
