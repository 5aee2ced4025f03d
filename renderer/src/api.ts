// The renderer's only door to main: window.rollcall, built by the preload (or the test harness) from the contract.
import type { RollcallApi } from '../../shared/ipc/bridge';
import type { ErrorCode, Result } from '../../shared/ipc/result';

declare global {
  interface Window {
    rollcall: RollcallApi;
  }
}

export const rollcall = (): RollcallApi => window.rollcall;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Unwraps a Result: its data, or an ApiError carrying main's sentence. */
export async function unwrap<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (r.ok) return r.data;
  throw new ApiError(r.error.code, r.error.message);
}
