/**
 * Keeps the reader's place when she switches language. Heading ids are the same in every language, so
 * the part of the page she was reading (`#egenbetaling`) exists in the other language too. Without
 * JavaScript the links still lead to the same page, at its top.
 */
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-same-page]') : null;
  if (link instanceof HTMLAnchorElement && location.hash && !link.hash) link.hash = location.hash;
});
