// Ajv's standalone code appends a referenced schema's errors with
// `vErrors = vErrors.concat(errors)`, copying every error so far on each call: quadratic in the
// errors, so a hostile document with 5,000 invalid scores took over 15 s (tests/fuzz, issue
// 29). The generators rewrite it to append in place.
export function appendInPlace(code) {
  const concat = /vErrors = vErrors === null \? ([\w$.]+) : vErrors\.concat\(\1\);/g;
  return code.replace(
    concat,
    'if (vErrors === null) vErrors = $1; else for (const appended of $1) vErrors.push(appended);',
  );
}
