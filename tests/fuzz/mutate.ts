// Mutations the fuzz suite applies to its seeds: byte-level (what a damaged medium or an
// attacker's hex editor does) and JSON-level (what an attacker with a text editor does:
// wrong types, missing fields, huge or deep values).
import fc from 'fast-check';

export type ByteMutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; value: number }
  | { op: 'truncate'; at: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'repeat'; at: number; length: number; times: number }
  | { op: 'insert'; at: number; bytes: Uint8Array };

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat({ max: 7 }) }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.nat({ max: 255 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({
    op: fc.constant('repeat' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
    times: fc.oneof(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 100, max: 5000 })),
  }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
);

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

export function applyBytes(input: Uint8Array, mutations: readonly ByteMutation[]): Uint8Array {
  let data = input;
  for (const m of mutations) {
    if (data.length === 0) return data;
    const at = m.at % data.length;
    if (m.op === 'flip' || m.op === 'set') {
      data = data.slice();
      data[at] = m.op === 'flip' ? (data[at] ?? 0) ^ (1 << m.bit) : m.value;
    } else if (m.op === 'truncate') {
      data = data.slice(0, at);
    } else if (m.op === 'delete') {
      data = concat(data.subarray(0, at), data.subarray(at + m.length));
    } else if (m.op === 'repeat') {
      const piece = data.subarray(at, at + m.length);
      data = concat(
        data.subarray(0, at),
        ...Array<Uint8Array>(m.times).fill(piece),
        data.subarray(at),
      );
    } else {
      data = concat(data.subarray(0, at), m.bytes, data.subarray(at));
    }
  }
  return data;
}

/** One to four byte mutations of a seed chosen from `seeds`. */
export const mutatedBytes = (seeds: readonly Uint8Array[]) =>
  fc
    .tuple(
      fc.nat({ max: seeds.length - 1 }),
      fc.array(byteMutation, { minLength: 1, maxLength: 4 }),
    )
    .map(([i, ms]) => ({ seed: i, bytes: applyBytes(seeds[i] ?? new Uint8Array(), ms) }));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON text nested `depth` levels deep (deeper than JSON.stringify itself can write). */
export const deepText = (depth: number): string => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

/** A value nested `depth` levels deep, of arrays or of objects. */
export const deep = (depth: number, kind: 'array' | 'object'): Json => {
  let value: Json = 1;
  for (let i = 0; i < depth; i += 1) value = kind === 'array' ? [value] : { a: value };
  return value;
};

/** Text an attacker puts in a field: huge, control characters, markup, nested Markdown. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e',
    '<script>alert(1)</script>',
    '../../../etc/passwd',
    'AL-2026-0042',
    '2026-02-30T25:61:00Z',
    '-1',
    'NaN',
    '__proto__',
    'constructor',
  ),
  fc.integer({ min: 1, max: 6 }).map((k) => 'x'.repeat(10 ** k)),
  fc.integer({ min: 50, max: 20_000 }).map((n) => '> '.repeat(n) + 'quote'),
  fc
    .integer({ min: 50, max: 5_000 })
    .map((n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')),
  fc.integer({ min: 100, max: 5_000 }).map((n) => `${'*'.repeat(n)}bold${'_'.repeat(n)}`),
  fc.integer({ min: 10, max: 2_000 }).map((n) => '[a]('.repeat(n) + ')'.repeat(n)),
);

const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(0, -1, 0.5, 1e308, -1e308, 2 ** 53 + 1, 65_536),
  hostileString,
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc
    .tuple(
      fc.integer({ min: 10, max: 2_000 }),
      fc.constantFrom<'array' | 'object'>('array', 'object'),
    )
    .map(([d, k]) => deep(d, k)),
  fc.array(fc.oneof(fc.constant(null), fc.string({ maxLength: 5 }), fc.integer()), {
    maxLength: 5,
  }),
);

export type JsonMutation =
  | { op: 'replace'; node: number; value: Json }
  | { op: 'delete'; node: number }
  | { op: 'duplicate'; node: number; times: number }
  | { op: 'rename'; node: number; key: string };

export const jsonMutation: fc.Arbitrary<JsonMutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('replace' as const),
      node: fc.nat(),
      value: replacement,
    }),
  },
  fc.record({ op: fc.constant('delete' as const), node: fc.nat() }),
  fc.record({
    op: fc.constant('duplicate' as const),
    node: fc.nat(),
    times: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant(10_000)),
  }),
  fc.record({ op: fc.constant('rename' as const), node: fc.nat(), key: hostileString }),
);

type Slot = { parent: Json[] | { [key: string]: Json }; key: string | number };

/** Every slot of the tree, breadth-first, not below 64 levels (a planted deep value is
 *  mutated as a whole, and walking it would exhaust this harness's own stack). */
function slots(value: Json): Slot[] {
  const out: Slot[] = [];
  let level: Json[] = [value];
  for (let depth = 0; depth < 64 && level.length > 0; depth += 1) {
    const next: Json[] = [];
    for (const node of level) {
      if (node === null || typeof node !== 'object') continue;
      for (const [key, child] of Array.isArray(node) ? node.entries() : Object.entries(node)) {
        out.push({ parent: node, key });
        next.push(child);
      }
    }
    level = next;
  }
  return out;
}

/** Applies the mutations to a deep copy of `value`; node indexes wrap over its slots. */
export function applyJson(value: unknown, mutations: readonly JsonMutation[]): unknown {
  const root: { [key: string]: Json } = { root: structuredClone(value) as Json };
  for (const m of mutations) {
    const all = slots(root);
    const slot = all[m.node % all.length];
    if (slot === undefined) continue;
    const { parent, key } = slot;
    const current = (parent as Record<string | number, Json>)[key] ?? null;
    if (m.op === 'replace') {
      (parent as Record<string | number, Json>)[key] = m.value;
    } else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else if (key !== 'root') delete parent[key];
    } else if (m.op === 'duplicate') {
      if (Array.isArray(parent))
        parent.splice(Number(key), 0, ...Array<Json>(m.times).fill(current));
      else
        (parent as Record<string | number, Json>)[key] = Array<Json>(Math.min(m.times, 3)).fill(
          current,
        );
    } else if (!Array.isArray(parent) && key !== 'root') {
      delete parent[key];
      parent[m.key] = current;
    }
  }
  return root.root;
}

/** One to three JSON mutations of a seed, or a whole-document replacement. */
export const mutatedJson = (seeds: readonly unknown[]) =>
  fc.oneof(
    {
      weight: 9,
      arbitrary: fc
        .tuple(
          fc.nat({ max: seeds.length - 1 }),
          fc.array(jsonMutation, { minLength: 1, maxLength: 3 }),
        )
        .map(([i, ms]) => applyJson(seeds[i], ms)),
    },
    { weight: 1, arbitrary: replacement },
  );

/** JSON text: usually the serialised value, sometimes damaged text. */
export const jsonText = (value: fc.Arbitrary<unknown>) =>
  fc.oneof(
    {
      weight: 9,
      arbitrary: value.map((v) => new TextEncoder().encode(JSON.stringify(v) ?? 'null')),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(value, fc.array(byteMutation, { minLength: 1, maxLength: 3 }))
        .map(([v, ms]) => applyBytes(new TextEncoder().encode(JSON.stringify(v) ?? 'null'), ms)),
    },
  );
