/** `<help-card-print>`: a button that opens the browser's print dialog; without JavaScript it stays hidden. */
class HelpCardPrint extends HTMLElement {
  connectedCallback(): void {
    this.hidden = false;
    this.querySelector('button')!.addEventListener('click', () => print());
  }
}

customElements.define('help-card-print', HelpCardPrint);
