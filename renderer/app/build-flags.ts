/**
 * The control build of the at-rest canary test (ARCHITECTURE.md §9) writes records in clear so the
 * scan can prove it finds what is there. It is a separate build made with
 * VITE_AIRLOCK_PLAINTEXT_CONTROL=1; in every other build this constant is false and the
 * bundler drops the branch.
 */
export const PLAINTEXT_CONTROL_BUILD = import.meta.env.VITE_AIRLOCK_PLAINTEXT_CONTROL === '1';
