// The preload exposes exactly one object, window.rollcall, with one function per contract channel and an event
// subscription that returns an unsubscribe function. ipcRenderer itself, a generic send and the event object
// never cross the bridge (Electron security checklist 3 and the context isolation tutorial).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi } from '../shared/ipc/bridge';
import { eventSchemas, type EventName } from '../shared/ipc/app';
import type { Result } from '../shared/ipc/result';

const api = buildApi(
  (channel, payload) => ipcRenderer.invoke(channel, payload) as Promise<Result<unknown>>,
  (event: EventName, listener) => {
    if (!(event in eventSchemas)) throw new Error(`Unknown event ${String(event)}`);
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('rollcall', api);
