// The one IPC contract: channel name -> request and response schemas. main registers a handler for every channel
// (electron/ipc/), the preload exposes one function per channel (shared/ipc/bridge.ts), and both are typed from here.
import type { z } from 'zod';
import { appChannels } from './app';
import { documentChannels } from './documents';
import { exportChannels } from './exports';
import { imageChannels } from './images';
import { importChannels } from './import';
import { revisionChannels } from './revisions';

export const contract = {
  ...appChannels,
  ...documentChannels,
  ...exportChannels,
  ...imageChannels,
  ...importChannels,
  ...revisionChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.input<Contract[C]['response']>;
export const channelNames = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
