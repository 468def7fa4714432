import { pressWindowMs, ShiftSequence } from '../lib/shift-sequence';

/**
 * `<quick-exit>` enhances the quick-exit link, which works on its own without JavaScript. With
 * JavaScript it adds what the GOV.UK "Exit this page" component does: the page is blanked the moment
 * the reader asks to leave, the browser replaces this page with the neutral site (so Back does not
 * return here from it), Shift pressed three times does the same, and screen readers hear the count.
 *
 * It is inlined as a classic script straight after the element, so it works as soon as the top of the
 * page has arrived, not only once a long page has finished loading.
 */
class QuickExit extends HTMLElement {
  #sequence = new ShiftSequence();
  #expiryTimer: ReturnType<typeof setTimeout> | undefined;
  #clearTimer: ReturnType<typeof setTimeout> | undefined;
  #link: HTMLAnchorElement | null = null;
  #status: HTMLElement | null = null;
  #indicator: HTMLElement | null = null;
  /** Ends every listener at once when the element leaves the page. */
  #listening = new AbortController();

  connectedCallback() {
    this.#link = this.querySelector('a[data-quick-exit]');
    this.#status = this.querySelector('[data-quick-exit-status]');
    this.#indicator = this.querySelector('[data-quick-exit-indicator]');
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    this.#link?.addEventListener('click', this.#onClick, { signal });
    this.#link?.addEventListener('auxclick', this.#onClick, { signal });
    document.addEventListener('keydown', this.#onKey, { capture: true, signal });
    document.addEventListener('keyup', this.#onKey, { capture: true, signal });
    window.addEventListener('pageshow', this.#reset, { signal });
    window.addEventListener('blur', this.#onLeave, { signal });
    document.addEventListener('visibilitychange', this.#onLeave, { signal });
  }

  disconnectedCallback() {
    this.#listening.abort();
    this.#clearTimers();
  }

  /**
   * Every click leaves in this tab, a Shift-, Ctrl- or middle-click too: a panicked click with a key
   * held down must not open the neutral site in a new tab and leave this page on the screen.
   */
  #onClick = (event: MouseEvent) => {
    event.preventDefault();
    this.#exit();
  };

  #onKey = (event: KeyboardEvent) => {
    // An on-screen keyboard's Shift while typing in a field must not throw the reader off the page.
    if (event.key === 'Shift' && isTextEntry(event.target)) return;
    const outcome = this.#sequence.handle({
      type: event.type as 'keydown' | 'keyup',
      key: event.key,
      time: event.timeStamp,
      repeat: event.repeat,
    });
    if (outcome.kind === 'progress') {
      this.#announce(this.#sequence.remaining === 1 ? this.dataset.onePressLeft : this.dataset.twoPressesLeft);
      this.#showCount(outcome.count);
      clearTimeout(this.#expiryTimer);
      this.#expiryTimer = setTimeout(() => this.#expire(), pressWindowMs);
    } else if (outcome.kind === 'reset') {
      this.#expire();
    } else if (outcome.kind === 'exit') {
      this.#exit();
    }
  };

  #onLeave = () => {
    if (this.#sequence.cancel().kind === 'reset') this.#expire();
  };

  #expire() {
    this.#sequence.expire();
    clearTimeout(this.#expiryTimer);
    this.#showCount(0);
    this.#announce(this.dataset.timedOut);
    clearTimeout(this.#clearTimer);
    this.#clearTimer = setTimeout(() => this.#announce(''), pressWindowMs);
  }

  #exit() {
    const href = this.#link?.href;
    if (!href) return;
    this.#clearTimers();
    this.#announce('');
    document.documentElement.classList.add('quick-exit-active');
    const overlay = document.createElement('div');
    overlay.className = 'quick-exit-overlay';
    overlay.setAttribute('role', 'alert');
    document.body.append(overlay);
    // Text set after insertion is announced more reliably by screen readers.
    overlay.textContent = this.dataset.activated ?? '';
    window.location.replace(href);
  }

  /** Coming back through the back/forward cache must show the page, not the blank overlay. */
  #reset = () => {
    document.documentElement.classList.remove('quick-exit-active');
    document.querySelectorAll('.quick-exit-overlay').forEach((overlay) => overlay.remove());
    this.#sequence = new ShiftSequence();
    this.#clearTimers();
    this.#showCount(0);
    this.#announce('');
  };

  #announce(text: string | undefined) {
    if (this.#status) this.#status.textContent = text ?? '';
  }

  #showCount(count: number) {
    if (!this.#indicator) return;
    this.#indicator.toggleAttribute('data-count', count > 0);
    this.#indicator.querySelectorAll('span').forEach((light, index) => light.toggleAttribute('data-on', index < count));
  }

  #clearTimers() {
    clearTimeout(this.#expiryTimer);
    clearTimeout(this.#clearTimer);
  }
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
}

if (!customElements.get('quick-exit')) customElements.define('quick-exit', QuickExit);
