// Runs inside the real app page (page.evaluate), on a case already open: the vendor matrix's
// two interactive changes (issue 25 item 1), each timed from the input to the frame that shows
// it — the matrix's status filter ("Show vendors") narrowed to one status and back to all, and
// a derived-status change: "Act on this vendor" on one row (not timed), then "Mark unreachable"
// (timed until that row's status reads differently, recorded through the screen's own engine
// button and store commit). Bundled by the bench (esbuild) and published on the page.
import { byText, frame, until } from './page-wait';

export type ChangeTiming = {
  filterTo: number;
  filterBack: number;
  /** The status shown to (the filter option's label) and how many vendors it kept. */
  filterLabel: string;
  statusChange: number;
  statusBefore: string;
  statusAfter: string;
};

/** The status change alone, on the row `changeInPage` left open (`keepOpen`): what the bench
 *  profiles, without the filter changes before it. */
export async function statusChangeInPage(): Promise<number> {
  const pending = statusStep;
  if (pending === null) throw new Error('no row left open by changeInPage');
  statusStep = null;
  // The row is left open: closing it is not part of the change.
  return (await pending(false)).statusChange;
}

type StatusTiming = Pick<ChangeTiming, 'statusChange' | 'statusBefore' | 'statusAfter'>;
let statusStep: ((close: boolean) => Promise<StatusTiming>) | null = null;

export async function changeInPage(args: {
  rowIndex: number;
  /** Stop before the timed click, for `statusChangeInPage` to make it. */
  keepOpen?: boolean;
}): Promise<ChangeTiming> {
  const region = () =>
    document.querySelector<HTMLElement>('[role="region"][aria-label^="Vendor matrix, "]');
  const change = (select: HTMLSelectElement, value: string) => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  };

  const vendorsTab = await until(() => byText('[role="tab"]', 'Vendors'), 'the Vendors tab');
  if (vendorsTab.getAttribute('aria-selected') !== 'true') vendorsTab.click();
  const filter = await until(
    () =>
      [...document.querySelectorAll<HTMLSelectElement>('select')].find(
        (s) => s.options[0]?.text.startsWith('All (') === true,
      ),
    'the matrix filter',
  );
  await until(region, 'the vendor matrix');
  await frame();
  // The status with the fewest vendors (a narrow filter, as an analyst looks for stragglers).
  const count = (o: HTMLOptionElement) => Number(/\((\d+)\)$/.exec(o.text)?.[1] ?? NaN);
  const options = [...filter.options].slice(1);
  const pick = options.sort((a, b) => count(a) - count(b))[0];
  if (pick === undefined) throw new Error('the matrix filter offers no status');
  const all = count(filter.options[0] as HTMLOptionElement);
  const shows = (n: number) => () =>
    region()?.getAttribute('aria-label') === `Vendor matrix, ${n} vendors`;

  const t0 = performance.now();
  performance.mark('large-case: filter to one status');
  change(filter, pick.value);
  await until(shows(count(pick)), 'the filtered matrix');
  await frame();
  const filterTo = performance.now() - t0;
  const t1 = performance.now();
  performance.mark('large-case: filter back to all');
  change(filter, '');
  await until(shows(all), 'the whole matrix');
  await frame();
  const filterBack = performance.now() - t1;

  // The row to change: scrolled into view at the top, its controls opened (not timed).
  const box = region() as HTMLElement;
  box.scrollTop = 0;
  const row = await until(
    () => box.querySelector<HTMLElement>(`tr[aria-rowindex="${args.rowIndex + 2}"]`),
    'the row to change',
  );
  row.scrollIntoView({ block: 'center' });
  await frame();
  const toggle = row.querySelector<HTMLButtonElement>(
    'button[data-act-toggle]',
  ) as HTMLButtonElement;
  const id = toggle.dataset['actToggle'] ?? '';
  const rowOf = () =>
    box.querySelector<HTMLElement>(`[data-act-toggle="${CSS.escape(id)}"]`)?.closest('tr') ?? null;
  toggle.click();
  const mark = await until(
    () =>
      [...(rowOf()?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
        (b) => b.textContent?.trim() === 'Mark unreachable' && !b.disabled,
      ),
    'an enabled "Mark unreachable"',
  );
  await frame();
  const statusOf = () =>
    rowOf()?.querySelector('[data-testid="vendor-status"]')?.textContent?.trim() ?? '';
  const step = async (close: boolean): Promise<StatusTiming> => {
    const statusBefore = statusOf();
    const t2 = performance.now();
    performance.mark('large-case: status change');
    mark.click();
    await until(() => statusOf() !== statusBefore && statusOf() !== '', 'the changed status');
    await frame();
    const statusChange = performance.now() - t2;
    const statusAfter = statusOf();
    // Close the row's controls again (not timed), so the next open starts as an analyst's would.
    if (close) rowOf()?.querySelector<HTMLButtonElement>('button[data-act-toggle]')?.click();
    await frame();
    return { statusChange, statusBefore, statusAfter };
  };
  const filters = { filterTo, filterBack, filterLabel: pick.text };
  if (args.keepOpen === true) {
    statusStep = step;
    return { ...filters, statusChange: NaN, statusBefore: '', statusAfter: '' };
  }
  return { ...filters, ...(await step(true)) };
}
