// electron-builder configuration (`npm run dist`). Needs Electron's binary, which this build machine cannot
// download; tests/unit/packaging.test.ts checks this file is well-formed instead.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.rollcall.desktop',
  productName: 'Rollcall',
  directories: { buildResources: 'build', output: 'dist' },
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!**/*.map'],
  asar: true,
  icon: 'build/icon.png',
  fileAssociations: [{ ext: 'rollcall', name: 'Rollcall Production', role: 'Editor', mimeType: 'application/x-rollcall+json' }],
  // Electron security checklist 20 ("Check which fuses you can change"): fuses flipped in every packaged build.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: { target: ['AppImage', 'deb'], category: 'AudioVideo', maintainer: 'Rollcall <hello@rollcall.app>' },
  deb: { depends: ['libnss3', 'libgtk-3-0'] },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
  dmg: { title: 'Rollcall' },
};
