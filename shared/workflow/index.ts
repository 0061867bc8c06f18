// Public API of the coordination engine (ARCHITECTURE.md §4). Everything here is pure and
// deterministic; nothing imports from outside shared/.
export * from './errors';
export * from './machines';
export * from './projection';
export { applyEvent, TRIAGE_PATHS } from './reducer';
export { EMBARGO_MOVES, TERMINATE_PATHS, type EmbargoMove } from './reducer-embargo';
export * from './timeline';
export * from './merge';
export * from './calendar';
export * from './policy-types';
export * from './policy-jpcert';
export * from './policy-profiles';
export * from './deadlines';
export * from './actions';
export * from './triage';
export * from './triage-reasons';
export * from './multi-vendor';
export * from './letter-templates';
export * from './letters';
export * from './publication-moment';
export * from './publication-schedule';
export * from './message-threads';
export * from './intake-support';
export * from './open-questions';
export * from './append';
export * from './technical-alert';
export { ALERT_MOVES, type AlertMove } from './reducer-technical-alert';
