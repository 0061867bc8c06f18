// Types for the generated standalone cyclonedx schema validator (scripts/gen-vex-validators.mjs).
type AjvError = {
  instancePath: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
};
type SchemaValidate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
declare const validate: SchemaValidate;
export = validate;
