// What the end-to-end specs may use only in the Chromium harness, and how they say so. With ROLLCALL_E2E_ELECTRON=1
// (scripts/test.mjs, when Electron's binary exists) the same specs drive the real app, where app.host is null, the
// page has no __rollcallInvoke binding, handOver throws, the origin is app://rollcall rather than HARNESS_ORIGIN, and
// the browser profile is Electron's. A test that needs one of those skips there with the reason; a test that only
// checks one extra thing through the harness host keeps running and notes what it could not check.
import { test } from '@playwright/test';
import os from 'node:os';
import type { HarnessHost } from './harness-host';
import type { RunningApp } from './harness';

/** The specs are driving the real Electron app rather than the Chromium harness. */
export const inElectron = process.env.ROLLCALL_E2E_ELECTRON === '1';

/** Why a test cannot run against the real app: one reason per harness-only part. */
export const HARNESS_ONLY = {
  binding: 'it calls the harness’s __rollcallInvoke binding directly, which the real app does not have (its preload is the only way in)',
  origin: 'it opens pages of the harness origin (HARNESS_ORIGIN); the real app is served from app://rollcall',
  handOver: 'it hands a file over as a second launch would, which the harness does in-process (a real second launch is a separate process)',
  profile: 'it damages IndexedDB in the harness’s Chromium profile folder; Electron keeps its own under the user-data folder',
  host: 'it asserts on the harness host (app.host), which is null against the real app',
} as const;

/** Skips the running test against the real Electron app, saying which harness-only part it needs. */
export function harnessOnly(reason: keyof typeof HARNESS_ONLY): void {
  test.skip(inElectron, `Chromium harness only: ${HARNESS_ONLY[reason]}.`);
}

/**
 * Runs `check` on the harness host; against the real app (no host) it records, as an annotation on the test,
 * that this check was not made and why, and the rest of the test still runs.
 */
export async function onHarnessHost(app: RunningApp, what: string, check: (host: HarnessHost) => void | Promise<void>): Promise<void> {
  if (app.host) {
    await check(app.host);
    return;
  }
  if (!inElectron) throw new Error('The harness has no host: launchApp changed.');
  test.info().annotations.push({ type: 'not checked in Electron', description: `${what}: ${HARNESS_ONLY.host}.` });
}

/** The name the app records changes under: the harness host's ("Test Producer"), or the user's, as Electron's host uses. */
export function userNameOf(app: RunningApp): string {
  return app.host?.userName ?? os.userInfo().username;
}

/** The user's name as a regular expression piece (a login name may hold a dot or a plus). */
export function userNamePattern(app: RunningApp): string {
  return userNameOf(app).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
