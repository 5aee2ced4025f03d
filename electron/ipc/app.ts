import { UserFacingError } from '../../shared/ipc/result';
import type { Host } from '../host';
import { isSafeExternalUrl } from '../security/external-links';
import type { HandlerMap } from './dispatch';

type AppChannels = 'app:info' | 'app:openExternal' | 'app:closeWindow';

export function createAppHandlers(host: Host): Pick<HandlerMap, AppChannels> {
  return {
    'app:info': async () => ({ name: 'Rollcall', version: host.appVersion, platform: process.platform, userName: host.userName }),
    'app:openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) throw new UserFacingError('INVALID_REQUEST', 'Only web links (http or https) can be opened outside Rollcall.');
      await host.openExternal(url);
      return {};
    },
    'app:closeWindow': async () => {
      host.closeWindow();
      return {};
    },
  };
}
