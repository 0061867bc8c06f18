import { contextBridge, ipcRenderer } from 'electron';
import { AIRLOCK_BRIDGE_KEY } from '../shared/ipc/bridge';
import { buildAirlockApi, subscribeVia } from './preload-api';

// Runs sandboxed with context isolation: the page sees only the frozen object built
// from the contract, never ipcRenderer or any Node API.
contextBridge.exposeInMainWorld(
  AIRLOCK_BRIDGE_KEY,
  buildAirlockApi((channel, args) => ipcRenderer.invoke(channel, args), subscribeVia(ipcRenderer)),
);
