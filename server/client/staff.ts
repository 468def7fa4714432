/**
 * The staff pages' one script, run in the staff member's browser. It does what HTML alone cannot:
 * the passkey ceremonies (enrolment, sign-in), and sending reports without reloading the page, drawing
 * the centre again from the server's answer. Every report form also works as a plain form post.
 */
import { browserSupportsWebAuthn, startAuthentication, startRegistration, WebAuthnError } from '@simplewebauthn/browser';
import { staffPaths } from '../http/paths.ts';

const lang = document.documentElement.lang === 'en' ? 'en' : 'da';
const words = {
  da: {
    unsupported: 'Denne browser kan ikke bruge adgangsnøgler. Brug telefonens egen browser (Safari eller Chrome), opdateret.',
    offline: 'Ikke sendt: ingen forbindelse. Prøv igen, når telefonen har net.',
  },
  en: {
    unsupported: "This browser cannot use passkeys. Use the phone's own browser (Safari or Chrome), up to date.",
    offline: 'Not sent: no connection. Try again when the phone is online.',
  },
}[lang];
const query = lang === 'en' ? '?lang=en' : '';

interface Answer {
  ok: boolean;
  error?: string;
  message?: string;
  html?: string;
  next?: string;
  intro?: string;
  ceremony?: string;
  options?: unknown;
}

/** Posts JSON to the service and reads its JSON answer; a lost connection is an answer too. */
async function post(path: string, body: unknown): Promise<Answer> {
  try {
    const response = await fetch(`${path}${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    return (await response.json()) as Answer;
  } catch {
    return { ok: false, error: words.offline };
  }
}

function say(text: string): void {
  const status = document.querySelector<HTMLElement>('[data-staff-status]');
  if (status) status.textContent = text;
}

/** Whether the phone refused or the person cancelled, rather than something breaking. */
function wasCancelled(error: unknown): boolean {
  return (
    (error instanceof WebAuthnError && error.code === 'ERROR_CEREMONY_ABORTED') ||
    (error instanceof Error && error.name === 'NotAllowedError') ||
    (error instanceof WebAuthnError && (error.cause as Error | undefined)?.name === 'NotAllowedError')
  );
}

/** A button that runs one ceremony at a time, and says so while it does. */
function ceremonyButton(button: HTMLButtonElement, run: () => Promise<void>): void {
  if (!browserSupportsWebAuthn()) {
    say(words.unsupported);
    return;
  }
  button.hidden = false;
  button.addEventListener('click', async () => {
    if (button.disabled) return;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      await run();
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  });
}

interface CeremonyTexts {
  cancelled?: string;
  failed?: string;
  missing?: string;
}

/**
 * One passkey ceremony: the server's options, the phone's answer, the server's verdict. Says what went
 * wrong, or returns the address to go to once it is done.
 */
async function ceremony(
  paths: { options: string; verify: string },
  ask: (optionsJSON: never) => Promise<unknown>,
  texts: CeremonyTexts,
  body: Record<string, string> = {},
): Promise<string | undefined> {
  say('');
  const start = await post(paths.options, body);
  if (!start.ok) return void say(start.error ?? '');
  let response;
  try {
    response = await ask(start.options as never);
  } catch (error) {
    return void say((wasCancelled(error) ? texts.cancelled : texts.failed) ?? '');
  }
  const done = await post(paths.verify, { ...body, ceremony: start.ceremony, response });
  if (done.ok && done.next) return done.next;
  say(done.error ?? '');
}

function setUpSignIn(button: HTMLButtonElement): void {
  const texts = JSON.parse(button.dataset.texts ?? '{}') as CeremonyTexts;
  ceremonyButton(button, async () => {
    const next = await ceremony(
      { options: staffPaths.signInOptions, verify: staffPaths.signInVerify },
      (optionsJSON) => startAuthentication({ optionsJSON }),
      texts,
    );
    if (next) location.assign(next);
  });
}

async function setUpEnrolment(button: HTMLButtonElement): Promise<void> {
  const texts = JSON.parse(button.dataset.texts ?? '{}') as CeremonyTexts;
  const intro = document.querySelector<HTMLElement>('[data-enrol-intro]')!;
  const token = location.hash.slice(1);
  if (!token) {
    intro.textContent = texts.missing ?? '';
    return;
  }
  const check = await post(staffPaths.enrolCheck, { token });
  intro.textContent = check.ok ? (check.intro ?? '') : (check.error ?? '');
  if (!check.ok) return;
  ceremonyButton(button, async () => {
    const next = await ceremony(
      { options: staffPaths.enrolOptions, verify: staffPaths.enrolVerify },
      (optionsJSON) => startRegistration({ optionsJSON }),
      texts,
      { token },
    );
    if (!next) return;
    // The link has done its work: out of the address bar and the history.
    history.replaceState(null, '', location.pathname);
    location.assign(next);
  });
}

/**
 * A report sent without a reload: the same form, posted by the script. The server's answer redraws the
 * centre; focus goes back to the button that was pressed, and the outcome is read out.
 */
function setUpReports(): void {
  document.addEventListener('submit', async (event) => {
    const form = event.target as HTMLFormElement;
    const section = form.closest<HTMLElement>('[data-staff-centre]');
    if (!section) return;
    event.preventDefault();
    if (section.getAttribute('aria-busy') === 'true') return;
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    const pressed = submitter?.dataset.action ?? form.dataset.action;
    const body = new URLSearchParams(new FormData(form, submitter) as unknown as Record<string, string>);
    section.setAttribute('aria-busy', 'true');
    let answer: Answer;
    try {
      // `form.action` would be the field named "action"; the attribute is the address.
      const response = await fetch(form.getAttribute('action')!, {
        method: 'POST',
        body,
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
      answer = (await response.json()) as Answer;
    } catch {
      answer = { ok: false, error: words.offline };
    }
    section.removeAttribute('aria-busy');
    if (answer.html) {
      section.outerHTML = answer.html;
      const fresh = document.querySelector<HTMLElement>(`[data-staff-centre="${section.dataset.staffCentre}"]`);
      const again = fresh?.querySelector<HTMLElement>(`button[data-action="${pressed}"], form[data-action="${pressed}"] button`);
      (again ?? fresh?.querySelector<HTMLElement>('button'))?.focus();
    } else {
      const message = section.querySelector<HTMLElement>('[data-centre-message]');
      if (message) message.textContent = answer.error ?? '';
    }
    say(answer.message ?? answer.error ?? '');
  });
}

/** A section a person is typing in: a field of it has focus, or was changed and not yet sent. */
function isBusy(section: Element): boolean {
  return [...section.querySelectorAll('input')].some((input) => input === document.activeElement || input.value !== input.defaultValue);
}

/**
 * Back at the phone after a while (a call, a round of the house): the counts are drawn again from the
 * server, so a colleague's change and the age of each count are current before the next tap. Only on
 * return, never on a timer, so a page left open does not keep its session alive by itself.
 */
function setUpRefresh(): void {
  let drawnAt = Date.now();
  document.addEventListener('submit', () => (drawnAt = Date.now()));
  document.addEventListener('visibilitychange', async () => {
    if (document.visibilityState !== 'visible' || Date.now() - drawnAt < 60_000) return;
    drawnAt = Date.now();
    let response: Response;
    try {
      response = await fetch(`${location.pathname}${query}`, { headers: { accept: 'text/html' }, credentials: 'same-origin' });
    } catch {
      return;
    }
    // A session that ended meanwhile leads to the sign-in page: go there.
    if (response.redirected) return location.assign(response.url);
    if (!response.ok) return;
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
    for (const section of document.querySelectorAll('[data-staff-centre]')) {
      const replacement = fresh.querySelector(`[data-staff-centre="${(section as HTMLElement).dataset.staffCentre}"]`);
      if (!replacement || isBusy(section)) continue;
      const focused = section.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.action : undefined;
      const drawn = document.importNode(replacement, true) as HTMLElement;
      section.replaceWith(drawn);
      if (focused) drawn.querySelector<HTMLElement>(`button[data-action="${focused}"]`)?.focus();
    }
  });
}

/** Closing someone's access is asked about once more. */
function setUpConfirmations(): void {
  document.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement;
    const question = form.dataset.confirm;
    if (question && !window.confirm(question)) event.preventDefault();
  });
}

// The script runs: the lines saying the page needs it go.
for (const line of document.querySelectorAll<HTMLElement>('[data-needs-script]')) line.hidden = true;
const signIn = document.querySelector<HTMLButtonElement>('[data-sign-in]');
if (signIn) setUpSignIn(signIn);
const enrol = document.querySelector<HTMLButtonElement>('[data-enrol]');
if (enrol) void setUpEnrolment(enrol);
if (document.querySelector('[data-staff-centre]')) {
  setUpReports();
  setUpRefresh();
}
setUpConfirmations();
