// Electron security checklist 5, "Handle session permission requests from remote content": Rollcall needs no
// camera, microphone, notifications, geolocation, clipboard API, devices or anything else, so every request,
// check and device request is refused. The decision is a pure function; the installer only wires it.
import type { Session } from 'electron';

export interface PermissionQuery {
  /** Electron's permission name ('media', 'notifications', 'clipboard-read', ..., or one added later). */
  permission: string;
  /** The page asking, when Electron says. */
  requestingUrl?: string;
}

/** Whether a permission is granted: never, whatever is asked and whoever asks. */
export function allowPermission(_query: PermissionQuery): boolean {
  return false;
}

/** Whether a page may use a HID, serial or USB device: never. */
export function allowDevice(_query: { deviceType: string; origin: string }): boolean {
  return false;
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(allowPermission({ permission, requestingUrl: details.requestingUrl })));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowPermission({ permission, requestingUrl: requestingOrigin }));
  session.setDevicePermissionHandler((details) => allowDevice({ deviceType: details.deviceType, origin: details.origin }));
}
