// Main's request path in a test: the real handlers (with a real document service) behind the real dispatcher, for
// a host the test controls, and the sender the app's own window would be.
import { DocumentService } from '../../../electron/documents/index';
import type { Host } from '../../../electron/host';
import { createDispatcher, type Dispatcher } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';

const APP_ORIGIN = 'app://rollcall';

/** The main frame of the app's window. */
export const APP_SENDER = { url: `${APP_ORIGIN}/index.html`, isMainFrame: true };

export function appDispatcher(host: Host): Dispatcher {
  return createDispatcher(createHandlers({ host, documents: new DocumentService(host) }), { trustedOrigins: [APP_ORIGIN] });
}
