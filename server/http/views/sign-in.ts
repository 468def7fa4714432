import type { StaffTexts } from '../texts.ts';
import { h, type SafeHtml } from './html.ts';

/**
 * Sign-in with a passkey alone: no name, no password. The button shows once the page's script runs, and
 * the line that says why it cannot work without JavaScript goes.
 */
export function signInMain(texts: StaffTexts, notice: string | undefined): SafeHtml {
  return h`<h1>${texts.signIn.title}</h1>
<p>${texts.signIn.intro}</p>
${notice ? h`<p class="message">${notice}</p>` : ''}
<button type="button" class="button button--primary" data-sign-in hidden data-texts="${JSON.stringify({ cancelled: texts.signIn.cancelled, failed: texts.signIn.failed })}">${texts.signIn.button}</button>
<p class="message" data-needs-script>${texts.noScriptPasskey}</p>
<p class="message" role="status" data-staff-status></p>
<p class="hint">${texts.signIn.lostPhone}</p>`;
}

/**
 * The page an invite link opens. Its token is after `#`, so the server never sees it in an address: the
 * page's script reads it and asks whether it still works before offering the button.
 */
export function enrolMain(texts: StaffTexts): SafeHtml {
  return h`<h1>${texts.enrol.title}</h1>
<p data-enrol-intro>${texts.working}</p>
<button type="button" class="button button--primary" data-enrol hidden data-texts="${JSON.stringify({ cancelled: texts.enrol.cancelled, failed: texts.enrol.failed, missing: texts.enrol.missing })}">${texts.enrol.button}</button>
<p class="message" data-needs-script>${texts.noScriptPasskey}</p>
<p class="message" role="status" data-staff-status></p>
<p class="hint">${texts.enrol.keep}</p>`;
}
