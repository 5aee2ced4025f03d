// Electron security checklist 5, "Handle session permission requests from remote content": Rollcall needs no
// camera, microphone, notifications, geolocation or anything else, so every request and check is refused.
import type { Session } from 'electron';

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
