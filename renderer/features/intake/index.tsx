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
