import { useStore } from '../../store/hooks';
import { IntakeScreen as IntakeView } from './IntakeScreen';

/** The intake wizard over the app's encrypted store. */
export function IntakeScreen() {
  return <IntakeView store={useStore()} />;
}

// The technical alert's fields and form model, also edited on the case screen.
export { AlertContentFields } from './AlertContentFields';
export {
  ALERT_FORM_FIELDS,
  alertFormSchema,
  alertFormValues,
  toAlertContent,
  type AlertFormValues,
} from './alert-form';
// A finder's report form opened on the import screen, carried to intake (issue 27 item 6).
export { reportFormState } from './report-form-state';
