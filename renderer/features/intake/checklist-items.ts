import type { TriageChecklist } from '../../../shared/model';

/** Answer-type checklist items, grouped for display in the order of the policy text. */
type AnswerItem = Exclude<keyof TriageChecklist, 'productLastUpdated' | 'impactInJapan'>;

export const CHECKLIST_GROUPS: readonly {
  id: 'vulnerability' | 'content' | 'priority';
  items: readonly (AnswerItem | 'productLastUpdated' | 'impactInJapan')[];
}[] = [
  {
    id: 'vulnerability',
    items: [
      'impactsCia',
      'debugModeOnly',
      'intentionallyVulnerable',
      'isXss',
      'xssSignificantImpact',
    ],
  },
  {
    id: 'content',
    items: [
      'exactVersionAndLink',
      'reproducibleOnSupportedVersion',
      'productLastUpdated',
      'vendorDeclaredWontFix',
      'discoveryMethodGiven',
      'pocGiven',
      'impactDescribed',
      'alreadyPublic',
      'timeConstraintsStated',
      'vendorContactStated',
    ],
  },
  {
    id: 'priority',
    items: [
      'impactInJapan',
      'criticalInfrastructure',
      'largeUserBase',
      'manyProducts',
      'multipleDevelopers',
      'highImpact',
    ],
  },
];
