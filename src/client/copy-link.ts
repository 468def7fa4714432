/**
 * A button beside each heading of a part of the standard (`data-copy-link`) that copies the heading's
 * full address, so an adviser can send exactly that part, or on a phone opens the phone's own share sheet.
 *
 * The address is the page's canonical one (the public site, whatever mirror or preview it was read on)
 * with the heading's id, which is the same in every language. The buttons are made here, as they need
 * JavaScript; the headings' space for them is kept by the stylesheet, so nothing moves when they appear.
 * Each button sits beside its heading, not inside it, so a screen reader's list of headings reads each
 * title once. Without JavaScript the contents list at the top still links to every heading.
 */

/** `{heading}` and `{url}` in a translated text; written out here, so the page loads one small file. */
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);

interface Texts {
  copy: string;
  share: string;
  copied: string;
  failed: string;
}

const article = document.querySelector<HTMLElement>('[data-copy-link-texts]');
const status = document.querySelector<HTMLElement>('[data-copy-link-status]');
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0]!;

if (article && status) {
  const texts = JSON.parse(article.dataset.copyLinkTexts!) as Texts;
  // A phone's share sheet is what its owner expects; on a computer, copying is.
  const share = typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches;
  let clear: ReturnType<typeof setTimeout> | undefined;

  const say = (message: string, fades: boolean) => {
    // Emptied first, so the same message said twice is announced twice.
    status.textContent = '';
    clearTimeout(clear);
    requestAnimationFrame(() => {
      status.textContent = message;
      if (fades) clear = setTimeout(() => (status.textContent = ''), 6000);
    });
  };

  // The standard's own headings, and those of the complaint helper that ends section 8.
  for (const heading of article.querySelectorAll<HTMLHeadingElement>(':is(.prose, .complaint-helper) :is(h2, h3)[id]')) {
    const title = heading.textContent!.trim();
    const url = `${canonical}#${heading.id}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.dataset.copyLink = url;
    button.setAttribute('aria-label', fill(share ? texts.share : texts.copy, { heading: title }));
    // The label is in the page's language, even where the text around it is the Danish original.
    button.lang = document.documentElement.lang;
    // A chain link, drawn: no image is fetched.
    button.innerHTML =
      '<svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"><path d="M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1"/></svg>';
    button.addEventListener('click', async () => {
      if (share) {
        try {
          await navigator.share({ title, url });
          return;
        } catch (error) {
          if ((error as DOMException).name === 'AbortError') return;
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        say(fill(texts.copied, { heading: title }), true);
      } catch {
        // Left on screen, so the address can be copied by hand.
        say(fill(texts.failed, { url }), false);
      }
    });
    const row = document.createElement('div');
    row.className = 'heading-row';
    heading.before(row);
    row.append(heading, button);
  }
}

// A module, so its names stay its own.
export {};
