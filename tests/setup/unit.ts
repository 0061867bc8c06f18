// Unit tests run in Node: give Dexie a real IndexedDB implementation (fake-indexeddb
// is a complete in-memory IndexedDB, not a mock of our code).
import 'fake-indexeddb/auto';
