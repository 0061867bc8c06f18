/**
 * Names of common CWEs, verbatim from CWE 4.x as the CSAF validator's list has them
 * (mandatory test 6.1.11 rejects a CWE whose name differs). Used to prefill a draft; the
 * analyst can type any other CWE with its exact name. Copied from
 * @secvisogram/csaf-validator-lib lib/shared/cwec.js.
 */
export const commonCweNames: Readonly<Record<string, string>> = {
  'CWE-20': 'Improper Input Validation',
  'CWE-22': "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')",
  'CWE-78':
    "Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')",
  'CWE-79': "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')",
  'CWE-89': "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')",
  'CWE-94': "Improper Control of Generation of Code ('Code Injection')",
  'CWE-119': 'Improper Restriction of Operations within the Bounds of a Memory Buffer',
  'CWE-120': "Buffer Copy without Checking Size of Input ('Classic Buffer Overflow')",
  'CWE-125': 'Out-of-bounds Read',
  'CWE-200': 'Exposure of Sensitive Information to an Unauthorized Actor',
  'CWE-284': 'Improper Access Control',
  'CWE-287': 'Improper Authentication',
  'CWE-306': 'Missing Authentication for Critical Function',
  'CWE-311': 'Missing Encryption of Sensitive Data',
  'CWE-312': 'Cleartext Storage of Sensitive Information',
  'CWE-319': 'Cleartext Transmission of Sensitive Information',
  'CWE-352': 'Cross-Site Request Forgery (CSRF)',
  'CWE-400': 'Uncontrolled Resource Consumption',
  'CWE-434': 'Unrestricted Upload of File with Dangerous Type',
  'CWE-502': 'Deserialization of Untrusted Data',
  'CWE-601': "URL Redirection to Untrusted Site ('Open Redirect')",
  'CWE-611': 'Improper Restriction of XML External Entity Reference',
  'CWE-639': 'Authorization Bypass Through User-Controlled Key',
  'CWE-787': 'Out-of-bounds Write',
  'CWE-798': 'Use of Hard-coded Credentials',
  'CWE-862': 'Missing Authorization',
  'CWE-863': 'Incorrect Authorization',
  'CWE-918': 'Server-Side Request Forgery (SSRF)',
  'CWE-1021': 'Improper Restriction of Rendered UI Layers or Frames',
  'CWE-116': 'Improper Encoding or Escaping of Output',
  'CWE-444': "Inconsistent Interpretation of HTTP Requests ('HTTP Request/Response Smuggling')",
  'CWE-613': 'Insufficient Session Expiration',
};
