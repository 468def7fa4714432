/**
 * `<complaint-deadline>`: the reader gives the day she received a decision about admission or discharge,
 * and is told the last day her complaint must reach the crisis centre (section 8: four weeks), written
 * out with its weekday in the page's language, and whether that day has already passed in Copenhagen.
 */
import { timeZone } from '../config/site.ts';
import { complaintDeadline } from '../lib/complaint-deadline.ts';

class ComplaintDeadline extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector<HTMLElement>('[data-deadline-form]')!;
    const input = form.querySelector<HTMLInputElement>('input')!;
    const result = this.querySelector<HTMLElement>('[data-deadline-result]')!;
    form.hidden = false;
    input.addEventListener('input', () => {
      const deadline = complaintDeadline(input.value);
      if (!deadline) {
        result.textContent = '';
        return;
      }
      const date = new Intl.DateTimeFormat(this.dataset.lang, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        calendar: 'gregory',
        timeZone: 'UTC',
      }).format(new Date(`${deadline}T12:00:00Z`));
      // Today in Copenhagen, as YYYY-MM-DD (the Swedish locale writes dates that way).
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone }).format(new Date());
      result.textContent = [this.dataset.result!.replace('{date}', date), deadline < today ? this.dataset.passed! : ''].join(' ').trim();
    });
  }
}

customElements.define('complaint-deadline', ComplaintDeadline);
