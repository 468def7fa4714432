/**
 * The language switcher, made kinder with JavaScript:
 *
 * - It keeps the reader's place when she switches language. Heading ids are the same in every language,
 *   so the part she was reading (`#egenbetaling`) exists in the other language too. The links carry the
 *   current `#heading` in their own address, so a middle-click, a long press or "open in new tab" keeps
 *   it as well as a plain tap. Without JavaScript the links lead to the same page, at its top.
 * - Escape, or a tap or focus elsewhere, closes the open list, as a menu would.
 */
function carryHash(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-same-page]')) link.hash = location.hash;
}

function closeSwitchers(except?: Node | null): void {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('.lang-switch details[open]')) {
    if (!except || !details.contains(except)) details.open = false;
  }
}

carryHash();
addEventListener('hashchange', carryHash);
document.addEventListener('click', (event) => closeSwitchers(event.target as Node | null));
document.addEventListener('focusin', (event) => closeSwitchers(event.target as Node | null));
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const open = document.querySelector<HTMLDetailsElement>('.lang-switch details[open]');
  if (!open) return;
  open.open = false;
  open.querySelector('summary')?.focus();
});
