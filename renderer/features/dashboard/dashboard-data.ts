import { silentVendors } from '../../../shared/workflow/vendor-status';
import { caseViewsOf, type CaseView, type CaseViewStore } from '../../store/case-views';
import type { StorePort } from '../../store/port';
import type { SilentVendorItem } from './SilentVendorsPanel';
import { buildDashboard, type DashboardView } from './dashboard-view';

/** What the dashboard reads: the case views (their records and messages), contacts for
 *  vendor names and the no-reply threshold from Settings. */
export type DashboardStore = StorePort<
  'cases' | 'caseEvents' | 'involvements' | 'messages' | 'contacts' | 'settings'
>;

/** Vendors silent for at least `threshold` business days (each on its case's calendar), in
 *  the cases still being handled, longest silence first. */
export const silentVendorItems = (
  views: readonly CaseView[],
  threshold: number,
): SilentVendorItem[] =>
  views
    .filter((v) => !v.ended)
    .flatMap((v) =>
      silentVendors(v.vendors, v.projection.involvements, threshold).map((s) => ({
        case: v.kase,
        ...s,
      })),
    )
    .sort((a, b) => b.businessDays - a.businessDays);

/** The dashboard's figures and lists at `now`, from the case views. */
export const dashboardOf = (
  views: readonly CaseView[],
  now: string,
  threshold: number,
): { view: DashboardView; silent: SilentVendorItem[]; unread: readonly CaseView[] } => ({
  view: buildDashboard(views, now),
  silent: silentVendorItems(views, threshold),
  unread: views.filter((v) => v.unread > 0),
});

/** The dashboard read straight from a store (what the screen shows). */
export const dashboardData = (store: CaseViewStore, now: string, threshold: number) =>
  dashboardOf(caseViewsOf(store, now), now, threshold);
