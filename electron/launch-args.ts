// Which command-line arguments are production files: anything ending in .rollcall that is not a switch.
// Electron and Chromium add their own switches to argv; the first entries are the executable (and the app path).
export function documentPathsFromArgv(argv: readonly string[]): string[] {
  return argv.slice(1).filter((arg) => !arg.startsWith('-') && /\.rollcall$/i.test(arg));
}
