// electron-builder cannot run here (no Electron download), so its configuration is checked for what matters.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const config = createRequire(import.meta.url)(path.join(root, 'electron-builder.config.cjs'));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('electron-builder configuration', () => {
  it('uses build/ for resources and has an app icon of at least 512 px', () => {
    expect(config.directories.buildResources).toBe('build');
    const icon = readFileSync(path.join(root, config.icon));
    expect(icon.subarray(1, 4).toString()).toBe('PNG');
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(icon.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });
  it('targets AppImage and deb, NSIS and dmg', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
  });
  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).toBe(true);
  });
  it('packages the built main entry and registers the .rollcall file type', () => {
    expect(pkg.main).toBe('out/main/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**']));
    expect(config.fileAssociations[0].ext).toBe('rollcall');
  });
  it('pins a supported Electron line and keeps npm install free of its download', () => {
    expect(pkg.devDependencies.electron).toMatch(/^4[5-9]\./);
    expect(pkg.allowScripts?.electron).not.toBe(true);
    expect(pkg.scripts.dist).toMatch(/electron-builder/);
    expect(existsSync(path.join(root, 'package-lock.json'))).toBe(true);
  });
});
