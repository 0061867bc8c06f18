// The calendar reads the app's store through the case views (renderer/store/case-views.ts).
export { CalendarScreen } from './CalendarScreen';
