// axe-core on a part of the page, reduced to what the tests assert: serious and critical
// violations, each named with the elements it was found on (so a failure says where).
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type AxeScope = { include?: string; exclude?: string };

/** Serious or critical violations in `include` (default: the screen's `main`). */
export async function seriousViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (scope.include !== undefined) builder = builder.include(scope.include);
  if (scope.exclude !== undefined) builder = builder.exclude(scope.exclude);
  if (scope.include === undefined && scope.exclude === undefined) builder = builder.include('main');
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 6)
          .map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`)
          .join(' | ')}`,
    );
}
