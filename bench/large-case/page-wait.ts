// Waiting inside the app page (bundled with measure.ts and change.ts by the bench's esbuild
// step and run there): the next painted frame, and a DOM condition coming true.

/** Resolves after the next frame has started and its work (paint included) ran. */
export const frame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** `find()` once it returns something (not null, undefined or false), checked on each DOM
 *  change; throws after 30 s naming `what`. */
export const until = async <T>(
  find: () => T | null | undefined | false,
  what: string,
): Promise<T> => {
  const end = performance.now() + 30_000;
  for (;;) {
    const found = find();
    if (found !== null && found !== undefined && found !== false) return found;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      setTimeout(() => {
        observer.disconnect();
        resolve();
      }, 50);
    });
  }
};

/** The first element matching `selector` whose whole text is `text`. */
export const byText = (selector: string, text: string) =>
  [...document.querySelectorAll<HTMLElement>(selector)].find(
    (el) => el.textContent?.trim() === text,
  );
