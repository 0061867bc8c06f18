// Unit tests run in Node: give Dexie a real IndexedDB implementation (fake-indexeddb
// is a complete in-memory IndexedDB, not a mock of our code).
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import fc from 'fast-check';

// Test files share their worker's modules (`isolate: false` in vite.config.ts: importing
// the modules afresh for each file was most of the unit stage's time). This file runs
// before each test file, so each still starts on an empty IndexedDB of its own, as in a
// fresh worker: a vault one file left behind is never another file's starting state.
const empty = new IDBFactory();
globalThis.indexedDB = empty;
Dexie.dependencies.indexedDB = empty;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

// Property tests draw fresh random cases on a developer's machine (fast-check prints the seed
// of a failure, to replay it), but CI draws the same cases on every run: a stop must not pass
// or fail by the draw. A failure found locally becomes a fixed example in its test file.
if (process.env.CI !== undefined && process.env.CI !== '') {
  fc.configureGlobal({ seed: 20261207 });
}
