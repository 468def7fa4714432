/**
 * `<site-search>`: searches the standard and the places in the page's language, with the index Pagefind
 * built into `/pagefind/`. The index is fetched only here, on the search page, and only once the reader
 * starts to search. The words she searches for stay on the page: not in the address, not in the
 * browser's form history, not sent anywhere.
 */
import { fill } from '../lib/template.ts';

interface Texts {
  results: string;
  none: string;
  failed: string;
  searching: string;
  inPart: string;
}

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const indexUrl = '/pagefind/pagefind.js';

/** Text with its character references decoded and its spaces kept; a textarea parses nothing else. */
function decode(html: string): string {
  const area = document.createElement('textarea');
  area.innerHTML = html;
  return area.value;
}

/** Pagefind's excerpt is HTML with `<mark>` around the words found; only those marks are kept, as elements. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter(Boolean)
    .map((piece) => {
      const marked = /^<mark>(.*)<\/mark>$/.exec(piece);
      const text = decode(marked ? marked[1]! : piece);
      if (!marked) return document.createTextNode(text);
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    });
}

function link(href: string, text: string, className: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  anchor.className = className;
  return anchor;
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #texts: Texts | undefined;

  connectedCallback(): void {
    this.#texts = JSON.parse(this.dataset.texts!) as Texts;
    const form = this.querySelector<HTMLFormElement>('[data-search-form]')!;
    const input = form.querySelector<HTMLInputElement>('input')!;
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      // The search happens here; submitting would put the words in the address and the history.
      event.preventDefault();
      void this.#search(input.value);
    });
    input.addEventListener('input', () => void this.#search(input.value));
    this.#input = input;
  }

  #input: HTMLInputElement | undefined;

  /** Whether the field still says what was searched for: a slower, older search must not overwrite a newer one. */
  #current(query: string): boolean {
    return this.#input?.value.trim() === query;
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ indexUrl)) as Pagefind;
      await pagefind.options({ baseUrl: '/' });
      await pagefind.init();
      return pagefind;
    })();
    return this.#pagefind;
  }

  /**
   * Searches for what the field holds, and shows the results if the field still holds it when they come.
   * Every search, shown or overtaken by a newer one, ends with a `searchend` event that names its words.
   */
  async #search(value: string): Promise<void> {
    const query = value.trim();
    try {
      await this.#show(query);
    } finally {
      this.dispatchEvent(new CustomEvent('searchend', { detail: query }));
    }
  }

  async #show(query: string): Promise<void> {
    const texts = this.#texts!;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    try {
      // The index is fetched on the first search; on a slow phone that takes a moment.
      if (!this.#pagefind) status.textContent = texts.searching;
      const pagefind = await this.#load();
      const search = await pagefind.debouncedSearch(query, {}, 250);
      if (!search || !this.#current(query)) return;
      // A language's index has a few dozen pages at most: every result is shown, as many as the count says.
      const found = await Promise.all(search.results.map((result) => result.data()));
      if (!this.#current(query)) return;
      list.replaceChildren(...found.map((result) => this.#result(result, texts)));
      status.textContent = found.length === 0 ? fill(texts.none, { query }) : fill(texts.results, { count: String(found.length), query });
    } catch {
      this.#pagefind = undefined;
      list.replaceChildren();
      status.textContent = texts.failed;
    }
  }

  #result(result: PagefindResult, texts: Texts): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h2');
    heading.className = 'text-xl';
    heading.append(link(result.url, result.meta.title ?? result.url, 'search-result__title'));
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(heading, excerpt);
    // The sections of the part where the words are, each a link straight to its heading.
    const sections = (result.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, 3);
    if (sections.length > 0) {
      const list = document.createElement('ul');
      list.setAttribute('aria-label', fill(texts.inPart, { title: result.meta.title ?? '' }));
      list.className = 'search-result__sections';
      for (const sub of sections) {
        const entry = document.createElement('li');
        entry.append(link(sub.url, sub.title, 'inline-flex min-h-11 items-center'));
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  }
}

customElements.define('site-search', SiteSearch);
