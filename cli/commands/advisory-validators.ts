/**
 * The CLI's validators are the app's: shared/advisory/validate-export.ts (csaf-validator-lib's
 * schema and mandatory tests for CSAF, the official bundled schema for CVE JSON 5), so a file
 * `advisory validate` accepts is one the advisory screen would have saved, and the reverse.
 */
export {
  CSAF_SKIPPED_TESTS,
  validateCsafDocument as validateCsaf,
  validateCveRecord as validateCve,
  type ExportCheck as ValidationError,
  type ExportValidation as ValidationReport,
} from '../../shared/advisory/validate-export';
