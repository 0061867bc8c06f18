// The one result shape of the code base: a value, or a typed error. Every fallible
// function in shared/ and every action a feature exposes returns a specialisation of
// `Result<T, E>`; errors are values, and throwing is kept for bugs.

export type Ok<T> = { readonly ok: true; readonly value: T };
export type Fail<E> = { readonly ok: false; readonly error: E };
export type Result<T, E> = Ok<T> | Fail<E>;

/** The error most actions report: a stable code to branch on and a sentence to show. */
export type CodedError<C extends string = string> = { code: C; message: string };

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const fail = <E>(error: E): Fail<E> => ({ ok: false, error });

/** `fail({ code, message })`, the common case. */
export const failWith = <C extends string>(code: C, message: string): Fail<CodedError<C>> =>
  fail({ code, message });

/** Maps the value of a success; a failure passes through unchanged. */
export const mapOk = <T, U, E>(result: Result<T, E>, f: (value: T) => U): Result<U, E> =>
  result.ok ? ok(f(result.value)) : result;

/** Maps the error of a failure; a success passes through unchanged. */
export const mapFail = <T, E, F>(result: Result<T, E>, f: (error: E) => F): Result<T, F> =>
  result.ok ? result : fail(f(result.error));
