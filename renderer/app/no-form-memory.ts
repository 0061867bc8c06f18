/**
 * Chromium keeps what is typed into form fields outside the page: in its session-restore
 * files (form state of open tabs) and in its autofill database. Both live in the profile in
 * clear, outside the encrypted store — the at-rest canary test found case text there. A field
 * with autocomplete="off" is neither saved for restore nor remembered by autofill, so every
 * field the app ever renders gets it, whichever component created it.
 */
const FIELDS = 'input, textarea, select, form';

function harden(element: Element): void {
  if (element.matches(FIELDS) && element.getAttribute('autocomplete') !== 'off') {
    element.setAttribute('autocomplete', 'off');
  }
  for (const field of element.querySelectorAll(FIELDS)) {
    if (field.getAttribute('autocomplete') !== 'off') field.setAttribute('autocomplete', 'off');
  }
}

export function disableFormMemory(root: HTMLElement): MutationObserver {
  harden(root);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes' && mutation.target instanceof Element) {
        harden(mutation.target);
      }
      for (const node of mutation.addedNodes) if (node instanceof Element) harden(node);
    }
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['autocomplete'],
  });
  return observer;
}
