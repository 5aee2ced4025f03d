// Handler for 'images:chooseLogo': main's open dialog for an image, then the file checked and read here. The size is
// checked before reading, so choosing a 2 GB file by mistake costs nothing.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { bytesToBase64, checkLogoBytes, LOGO_MAX_BYTES, logoNameFromFile } from '../../shared/images/logo-file';
import { UserFacingError } from '../../shared/ipc/result';
import type { Host } from '../host';
import type { HandlerMap } from './dispatch';

type ImageChannels = Extract<keyof HandlerMap, `images:${string}`>;

export const LOGO_FILE_FILTERS = [
  { name: 'Logos (PNG, JPEG, WebP, SVG)', extensions: ['png', 'jpg', 'jpeg', 'webp', 'svg'] },
  { name: 'All files', extensions: ['*'] },
];

export function createImageHandlers(host: Host): Pick<HandlerMap, ImageChannels> {
  return {
    'images:chooseLogo': async () => {
      const filePath = await host.showOpenDialog({ title: 'Import a logo', filters: LOGO_FILE_FILTERS });
      if (!filePath) throw new UserFacingError('CANCELLED', 'No file was chosen.');
      const fileName = path.basename(filePath);
      const stat = await fs.stat(filePath).catch(() => null);
      if (!stat?.isFile()) throw new UserFacingError('NOT_FOUND', `“${fileName}” was not found.`);
      if (stat.size > LOGO_MAX_BYTES) {
        throw new UserFacingError('UNREADABLE', `“${fileName}” is ${(stat.size / 1024 / 1024).toFixed(1)} MB; a logo can be at most 5 MB, because it is kept inside the production file.`);
      }
      const bytes = new Uint8Array(await fs.readFile(filePath));
      const mediaType = checkLogoBytes(bytes, fileName);
      return { name: logoNameFromFile(fileName), mediaType, data: bytesToBase64(bytes) };
    },
  };
}
