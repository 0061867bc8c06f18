import type { z } from 'zod';
import type { Result } from '../result';

/**
 * Record versioning (ARCHITECTURE.md §3: "a change to a record adds a migration from the previous
 * version and a test that an old record still loads"). A parser reads `schemaVersion`
 * (absent means 1), applies the migrations `n → n+1` in order and validates the result
 * with the current schema. Errors are values, so a bad row or a bad bundle entry is
 * reported, never thrown.
 */
export type ModelErrorCode = 'invalid-record' | 'unsupported-version' | 'migration-failed';

export type ModelError = {
  code: ModelErrorCode;
  message: string;
  /** Zod issue paths and messages, for display (`dates.received: Invalid ISO datetime`). */
  issues: string[];
};

export type ParseResult<T> = Result<T, ModelError>;

/** Migration from version `n` (the key) to `n + 1`; receives a plain object. */
export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

export type VersionedParser<T> = (input: unknown) => ParseResult<T>;

/** What a record's parser was made from, carried by the parser so the record registry
 *  (registry.ts) can list every record type with its version and migrations. */
export type RecordDefinition = {
  readonly recordName: string;
  readonly schema: z.ZodType;
  /** The current `schemaVersion`. */
  readonly version: number;
  /** Migration `n → n+1` under key `n`, for every `n` below `version`. */
  readonly migrations: Readonly<Record<number, Migration>>;
};

export type RecordParser<T> = VersionedParser<T> & RecordDefinition;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const formatIssues = (error: z.ZodError): string[] =>
  error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);

const failure = (code: ModelErrorCode, message: string, issues: string[] = []) =>
  ({ ok: false, error: { code, message, issues } }) as const;

export const versionedParser = <S extends z.ZodType>(
  recordName: string,
  schema: S,
  currentVersion: number,
  migrations: Readonly<Record<number, Migration>> = {},
): RecordParser<z.infer<S>> => {
  const parse: VersionedParser<z.infer<S>> = (input) => {
    if (!isPlainObject(input)) {
      const got =
        input === undefined
          ? 'nothing (missing)'
          : Array.isArray(input)
            ? 'an array'
            : input === null
              ? 'null'
              : `a ${typeof input}`;
      return failure('invalid-record', `${recordName}: expected an object, got ${got}`);
    }
    const raw = input.schemaVersion ?? 1;
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1) {
      return failure('invalid-record', `${recordName}: bad schemaVersion`);
    }
    if (raw > currentVersion) {
      return failure(
        'unsupported-version',
        `${recordName}: schemaVersion ${raw} is newer than this app (${currentVersion})`,
      );
    }
    let record: Record<string, unknown> = { ...input, schemaVersion: raw };
    for (let v = raw; v < currentVersion; v += 1) {
      const step = migrations[v];
      if (!step) return failure('migration-failed', `${recordName}: no migration from v${v}`);
      record = { ...step(record), schemaVersion: v + 1 };
    }
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      return failure('invalid-record', `${recordName}: invalid record`, formatIssues(parsed.error));
    }
    return { ok: true, value: parsed.data };
  };
  return Object.assign(parse, {
    recordName,
    schema,
    version: currentVersion,
    migrations,
  });
};
