// A CDP CPU profile (Profiler.stop's result) summed by function: where a step's time goes.
type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type CpuProfile = { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] };

/** Prints the functions with the most self time, then the app functions with the most total
 *  time (self plus callees), each with its share of the profile. */
export const printProfile = (title: string, profile: CpuProfile, top = 40): void => {
  const deltas = profile.timeDeltas ?? [];
  const hits = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => hits.set(id, (hits.get(id) ?? 0) + (deltas[i] ?? 0)));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() ?? ''}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const totalOf = (n: ProfileNode, seen: Set<string>): number => {
    const mine = hits.get(n.id) ?? 0;
    const below = (n.children ?? []).reduce((s, c) => {
      const child = byId.get(c);
      return s + (child === undefined ? 0 : totalOf(child, new Set([...seen, name(n)])));
    }, 0);
    // A recursive function counts once, at its outermost call.
    if (!seen.has(name(n))) total.set(name(n), (total.get(name(n)) ?? 0) + mine + below);
    return mine + below;
  };
  for (const n of profile.nodes)
    self.set(name(n), (self.get(name(n)) ?? 0) + (hits.get(n.id) ?? 0));
  const root = profile.nodes[0];
  const all = root === undefined ? 0 : totalOf(root, new Set());
  const show = (label: string, m: Map<string, number>, skip: (k: string) => boolean) => {
    console.log(label);
    for (const [k, v] of [...m]
      .filter(([k]) => !skip(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)) {
      console.log(
        `  ${(v / 1000).toFixed(1).padStart(8)} ms ${((100 * v) / all).toFixed(0).padStart(3)}%  ${k}`,
      );
    }
  };
  console.log(`\n--- ${title}: ${(all / 1000).toFixed(0)} ms sampled`);
  show('self time', self, () => false);
  show('total time (app functions)', total, (k) => k.startsWith('(') || !k.includes('.js:'));
};
