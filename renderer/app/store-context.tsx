// The app's one encrypted store is opened before the first render (renderer/main.tsx) and
// provided through the store's own React context, so every hook in renderer/store/hooks.ts
// works anywhere in the app.
export {
  StoreReactContext as StoreContext,
  useStore,
  useVaultStatus as useStoreStatus,
} from '../store/hooks';
