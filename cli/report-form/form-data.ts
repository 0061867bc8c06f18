// What the CLI hands the report form's script inside the HTML file: a JSON data block
// (`<script type="application/json">`), shared by both sides so they agree on its shape.
import type { PageLanguage } from './page-text';

export const FORM_DATA_ID = 'airlock-form-data';

export type ReportFormPageData = {
  /** The coordinator's armored public key. */
  key: string;
  /** Its fingerprint, grouped for reading aloud. */
  fingerprint: string;
  lang: PageLanguage;
};
