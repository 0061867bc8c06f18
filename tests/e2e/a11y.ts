// axe-core on a part of the page, reduced to what the tests assert: serious and critical
// violations, each named with the elements it was found on (so a failure says where).
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { animationsSettled } from './flows';

export type AxeScope = { include?: string; exclude?: string };

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type AxeResult = AxeResults['violations'][number];

/**
 * Colour pairs axe could not judge land in `incomplete`, not `violations`; a pair of *equal*
 * colours always does (axe takes 1:1 for text hidden on purpose). "Add vulnerability" and
 * "Add reference" were drawn as blank bars, text the colour of the background, and passed
 * every scan that way. Text is never hidden that way in this app, so an undecided contrast
 * fails here like a violation, except where axe cannot measure text at all: a one-character
 * glyph (×, an arrow), icon-font characters, text clipped by a scrolling container (the
 * far columns of a wide table), and the labels inside an SVG chart (axe sees the drawing
 * behind them; `PairedBarChart` draws them #495057 on white, 8.1:1).
 */
const UNMEASURABLE = new Set(['shortTextContent', 'nonBmp', 'elmPartiallyObscured']);
type Node = AxeResult['nodes'][number];
const measurable = (node: Node): boolean =>
  node.any.some((check) => {
    const key = (check.data as { messageKey?: string } | null)?.messageKey;
    if (key === 'imgNode' && node.html.startsWith('<text')) return false;
    return key === undefined || !UNMEASURABLE.has(key);
  });

/** The colour-contrast nodes axe left undecided, as a serious violation of their own. */
const undecidedContrast = (incomplete: readonly AxeResult[]): AxeResult[] =>
  incomplete
    .filter((r) => r.id === 'color-contrast')
    .map((r) => ({ ...r, impact: 'serious' as const, nodes: r.nodes.filter(measurable) }))
    .filter((r) => r.nodes.length > 0);

const describe = (v: AxeResult): string =>
  `${v.id}: ${v.nodes
    .slice(0, 6)
    .map(
      (n) =>
        `${n.target.join(' ')} (${n.failureSummary ?? n.any.map((c) => c.message).join('; ')})`,
    )
    .join(' | ')}`;

/**
 * Serious or critical violations in `include` (default: the screen's `main`), with every
 * rule axe runs by default (color-contrast among them) and the contrast it left undecided.
 */
export async function seriousViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  await animationsSettled(page);
  // axe.run in the page itself: the default mode runs each frame apart and merges the parts
  // in a new blank page, one more page per scan for an app that has no frames. Only the
  // kinds read here are reported whole (passes were most of what came back). A scan took
  // 1.6 s on average in CI, about 0.45 s this way.
  let builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations', 'incomplete'] });
  if (scope.include !== undefined) builder = builder.include(scope.include);
  if (scope.exclude !== undefined) builder = builder.exclude(scope.exclude);
  if (scope.include === undefined && scope.exclude === undefined) builder = builder.include('main');
  const result = await builder.analyze();
  return [...result.violations, ...undecidedContrast(result.incomplete)]
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(describe);
}
