// Unit tests run in Node: give Dexie a real IndexedDB implementation (fake-indexeddb
// is a complete in-memory IndexedDB, not a mock of our code).
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';

// Test files share their worker's modules (`isolate: false` in vite.config.ts: importing
// the modules afresh for each file was most of the unit stage's time). This file runs
// before each test file, so each still starts on an empty IndexedDB of its own, as in a
// fresh worker: a vault one file left behind is never another file's starting state.
const empty = new IDBFactory();
globalThis.indexedDB = empty;
Dexie.dependencies.indexedDB = empty;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;
