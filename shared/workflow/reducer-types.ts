import type { Case } from '../model';
import type { CaseProjection } from './projection';

/** A projection whose case exists (after `case.created`): what every handler receives. */
export type ReadyProjection = CaseProjection & { case: Case };
