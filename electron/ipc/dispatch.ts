// The one registration wrapper (VS Code's validatedIpcMain, Signal's parseUnknown): every request is checked for
// its sender and parsed from `unknown` with its channel's schema before any service runs, and every answer is a
// Result with a stable code and a sentence a producer understands. Plain Node: Electron and the test harness both
// route their transport through `dispatch`.
import { contract, isChannelName, type ChannelName, type ParsedRequestOf, type ResponseOf } from '../../shared/ipc/contract';
import { describeZodError, UserFacingError, type Result } from '../../shared/ipc/result';
import { isTrustedSender, type SenderInfo } from '../security/sender';

export interface HandlerContext {
  sender: SenderInfo;
}

export type Handler<C extends ChannelName> = (request: ParsedRequestOf<C>, context: HandlerContext) => Promise<ResponseOf<C>>;
export type HandlerMap = { [C in ChannelName]: Handler<C> };
export type PartialHandlerMap = { [C in ChannelName]?: Handler<C> };

export interface Dispatcher {
  dispatch(channel: unknown, sender: SenderInfo, payload: unknown): Promise<Result<unknown>>;
}

export function createDispatcher(handlers: HandlerMap, options: { trustedOrigins: readonly string[]; log?: (error: unknown) => void }): Dispatcher {
  return {
    async dispatch(channel, sender, payload) {
      if (!isTrustedSender(sender, options.trustedOrigins)) {
        return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'This request did not come from Rollcall’s own window, so it was refused.' } };
      }
      if (!isChannelName(channel)) {
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Rollcall does not know this request.' } };
      }
      const parsed = contract[channel].request.safeParse(payload);
      if (!parsed.success) {
        return {
          ok: false,
          error: { code: 'INVALID_REQUEST', message: `The request was not in the expected form (${describeZodError(parsed.error, 3)}).` },
        };
      }
      try {
        const handler = handlers[channel] as Handler<ChannelName>;
        const data = await handler(parsed.data as never, { sender });
        return { ok: true, data };
      } catch (error) {
        if (error instanceof UserFacingError) return { ok: false, error: { code: error.code, message: error.message } };
        options.log?.(error);
        return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Rollcall; nothing was changed. Details are in the log.' } };
      }
    },
  };
}
