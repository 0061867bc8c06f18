// Runs inside the real app page (page.evaluate): opens a case from the case list and times
// click → vendor matrix painted, then the two large-case steps: scroll to the last vendor and
// open its thread. Bundled by the bench (esbuild) and published on the page as a global.
import { byText, frame, until } from './page-wait';

export type OpenTiming = {
  open: number;
  scrollToLast: number | null;
  openThread: number | null;
  /**
   * The longest frame (interval between two animation-frame starts) from the frame before the
   * step's input to the frame after it painted: ≤ one frame (16.7 ms at 60 Hz) means the step
   * dropped no frame — its work fitted in the frame that showed it.
   */
  scrollFrame: number | null;
  threadFrame: number | null;
  /** The same over a few frames in which nothing happens: the machine's own frame jitter. */
  idleFrame: number | null;
};

export async function openCaseInPage(args: {
  caseId: string;
  lastVendor: string | null;
}): Promise<OpenTiming> {
  // Every animation-frame start while this runs, to see whether a step made a frame late.
  const frameStarts: number[] = [];
  let recording = true;
  const record = (at: number) => {
    frameStarts.push(at);
    if (recording) requestAnimationFrame(record);
  };
  requestAnimationFrame(record);
  const longestFrameSince = async (input: number): Promise<number> => {
    await frame(); // one more frame start after the painted one closes its interval
    const first = Math.max(0, frameStarts.findIndex((f) => f >= input) - 1);
    let longest = 0;
    for (let i = first + 1; i < frameStarts.length; i += 1) {
      longest = Math.max(longest, (frameStarts[i] ?? 0) - (frameStarts[i - 1] ?? 0));
    }
    return longest;
  };
  const matrixRows = () => {
    const matrix = document.querySelector('[aria-label="Vendor matrix"]');
    const rows = matrix?.querySelectorAll('tbody tr, [role="row"]');
    return rows !== undefined && rows.length > 1 ? rows : null;
  };

  // The case list, with the case's link on screen (not timed).
  window.location.hash = '#/cases';
  const link = await until(
    () => document.querySelector<HTMLAnchorElement>(`a[href$="/cases/${args.caseId}"]`),
    'the case link in the list',
  );
  await frame();

  const t0 = performance.now();
  performance.mark('large-case: open');
  link.click();
  const vendorsTab = await until(() => byText('[role="tab"]', 'Vendors'), 'the Vendors tab');
  if (vendorsTab.getAttribute('aria-selected') !== 'true') vendorsTab.click();
  await until(matrixRows, 'the vendor matrix rows');
  await frame();
  const open = performance.now() - t0;

  if (args.lastVendor === null) {
    recording = false;
    return {
      open,
      scrollToLast: null,
      openThread: null,
      scrollFrame: null,
      threadFrame: null,
      idleFrame: null,
    };
  }
  const name = args.lastVendor;
  const idleFrom = performance.now();
  for (let i = 0; i < 3; i += 1) await frame();
  const idleFrame = await longestFrameSince(idleFrom);
  // Scroll the matrix's scroll box (or the page) to its end: the last vendor must be painted.
  const t1 = performance.now();
  performance.mark('large-case: scroll to last vendor');
  const matrix = document.querySelector('[aria-label="Vendor matrix"]') as HTMLElement;
  let box: HTMLElement | null = matrix;
  while (box !== null && box.scrollHeight <= box.clientHeight + 1) box = box.parentElement;
  (box ?? document.scrollingElement ?? document.documentElement).scrollTop = 1e9;
  await until(
    () =>
      [...(matrix.querySelectorAll('tr, [role="row"]') ?? [])].find((r) =>
        r.textContent?.includes(name),
      ),
    'the last vendor row',
  );
  await frame();
  const scrollToLast = performance.now() - t1;
  const scrollFrame = await longestFrameSince(t1);

  // Its thread: the Messages tab, then the thread picked in the thread list.
  const messagesTab = await until(() => byText('[role="tab"]', 'Messages'), 'the Messages tab');
  performance.mark('large-case: Messages tab');
  messagesTab.click();
  const select = await until(
    () =>
      [...document.querySelectorAll<HTMLSelectElement>('select')].find((s) =>
        [...s.options].some((o) => o.text.startsWith(name)),
      ),
    'the thread list',
  );
  await frame();
  const option = [...select.options].find((o) => o.text.startsWith(name)) as HTMLOptionElement;
  const t2 = performance.now();
  performance.mark('large-case: open its thread');
  // A <select>'s onChange in React is its native change event (no value tracker to fool).
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await until(
    () =>
      document.querySelector(`[role="listbox"][aria-label="Messages in ${name}"] [role="option"]`),
    'the thread messages',
  );
  await frame();
  const openThread = performance.now() - t2;
  const threadFrame = await longestFrameSince(t2);
  recording = false;
  return { open, scrollToLast, openThread, scrollFrame, threadFrame, idleFrame };
}
