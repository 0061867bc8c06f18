/** A translation tree: nested keys ending in strings. */
export type MessageTree = { readonly [key: string]: string | MessageTree };

/**
 * Each feature owns its messages in both languages side by side, so a new string
 * cannot be added in one language only without the key-parity test failing.
 */
export type FeatureMessages = { readonly en: MessageTree; readonly ja: MessageTree };

/** Every key path of a tree, e.g. `nav.cases`. */
export function keyPaths(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return typeof value === 'string' ? [path] : keyPaths(value, path);
  });
}
