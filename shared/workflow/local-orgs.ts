// The organisations of a case nobody shared, made when first read (issue 25 item 1).
import type { CaseEvent } from '../model';

/**
 * Each event's organisation in a timeline nobody shared: all `org`, this vault's
 * (coordination.ts). Made into a map when first read: the case view carries it on at every
 * commit of a 20,000-event case, and only the timeline tab reads it.
 */
export class LocalOrgs implements ReadonlyMap<string, string> {
  readonly #org: string;
  readonly #parts: readonly (readonly CaseEvent[])[];
  #map: Map<string, string> | null = null;

  constructor(org: string, parts: readonly (readonly CaseEvent[])[]) {
    this.#org = org;
    this.#parts = parts;
  }

  /** The same with `added`'s events (an earlier part never changes: the store's lists are
   *  frozen, a timeline's events are not replaced when it grows). */
  grownBy(added: readonly CaseEvent[]): LocalOrgs {
    return new LocalOrgs(this.#org, [...this.#parts, [...added]]);
  }

  #filled(): Map<string, string> {
    this.#map ??= new Map(this.#parts.flatMap((part) => part.map((e) => [e.id, this.#org])));
    return this.#map;
  }

  get size(): number {
    return this.#filled().size;
  }
  get(id: string): string | undefined {
    return this.#filled().get(id);
  }
  has(id: string): boolean {
    return this.#filled().has(id);
  }
  forEach(each: (org: string, id: string, map: ReadonlyMap<string, string>) => void): void {
    this.#filled().forEach((org, id) => each(org, id, this));
  }
  entries(): MapIterator<[string, string]> {
    return this.#filled().entries();
  }
  keys(): MapIterator<string> {
    return this.#filled().keys();
  }
  values(): MapIterator<string> {
    return this.#filled().values();
  }
  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }
}
