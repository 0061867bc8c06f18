import type { ComponentType } from 'react';
import { CalendarScreen } from '../features/calendar';
import { CasesScreen } from '../features/cases';
import { ContactsScreen } from '../features/contacts';
import { CvePoolScreen } from '../features/cve';
import { DashboardScreen } from '../features/dashboard';
import { ExportScreen } from '../features/export';
import { ImportScreen } from '../features/import';
import { IntakeScreen } from '../features/intake';
import { KeysScreen } from '../features/keys';
import { SettingsScreen } from '../features/settings';
import { StatisticsScreen } from '../features/statistics';
import type { NavPath } from './routes';

/** Which feature renders each top-level screen (each route also matches its sub-paths). */
export const screens: Readonly<Record<NavPath, ComponentType>> = {
  '/dashboard': DashboardScreen,
  '/cases': CasesScreen,
  '/calendar': CalendarScreen,
  '/intake': IntakeScreen,
  '/contacts': ContactsScreen,
  '/keys': KeysScreen,
  '/import': ImportScreen,
  '/export': ExportScreen,
  '/cve-ids': CvePoolScreen,
  '/statistics': StatisticsScreen,
  '/settings': SettingsScreen,
};
