import type { CentreFacts } from '../../../src/lib/availability/check-feed.ts';
import { publicView } from '../../domain/public-view.ts';
import { staffNoteMaxLength } from '../../domain/report.ts';
import type { CountRow } from '../../store/counts.ts';
import { staffPaths, withLang } from '../paths.ts';
import type { StaffLang, StaffTexts } from '../texts.ts';
import { timeAgo, when } from './format.ts';
import { h, type SafeHtml } from './html.ts';

export interface CentreSection {
  id: string;
  facts: CentreFacts;
  count: CountRow | undefined;
  /** What the last report from this page led to, said beside the centre. */
  message?: { ok: boolean; text: string } | undefined;
}

interface ViewContext {
  lang: StaffLang;
  texts: StaffTexts;
  now: number;
  staleAfterMs: number;
}

/** What the public sees for a centre now, and how old it is, in words. */
function publicLines(section: CentreSection, view: ViewContext): SafeHtml {
  const { texts, lang, now, staleAfterMs } = view;
  const { count, facts } = section;
  const shown = publicView(section.id, count, facts.capacity, now, staleAfterMs);
  const value =
    shown.state === 'free'
      ? h`<strong data-staff-count>${shown.free}</strong> ${texts.centre.freeOf(shown.free, facts.capacity)}`
      : shown.state === 'full'
        ? h`<strong data-staff-count>0</strong> ${texts.centre.full}`
        : shown.state === 'unknown' && shown.reason === 'stale' && shown.lastReport
          ? h`<strong data-staff-count data-unknown>?</strong> ${texts.centre.stale(shown.lastReport.free)}`
          : h`<strong data-staff-count data-unknown>?</strong> ${texts.centre.neverReported}`;
  const by = count ? (count.updatedBy === null ? null : (count.updatedByName ?? texts.someoneElse)) : null;
  return h`<div class="now" data-state="${shown.state}">
<p class="now__label">${texts.centre.publicNow}</p>
<p class="now__value">${value}</p>
${count ? h`<p>${texts.centre.reported(timeAgo(count.updatedAt, now, lang), when(count.updatedAt, lang), by)}</p>` : ''}
${count && shown.state !== 'unknown' ? h`<p>${texts.centre.turnsUnknown(when(count.updatedAt + staleAfterMs, lang))}</p>` : ''}
${shown.state === 'unknown' ? h`<p class="now__warning">${texts.centre.isUnknown}</p>` : ''}
${count?.note ? h`<p class="now__note" dir="auto">${texts.centre.note(count.note)}</p>` : ''}
</div>`;
}

/**
 * One centre on the report page: what the public sees, the one-tap reports and "set number". Every
 * button works as a plain form post; the page's script sends the same forms without a reload.
 */
export function centreSection(section: CentreSection, view: ViewContext): SafeHtml {
  const { texts, lang } = view;
  const { id, facts, count, message } = section;
  const action = withLang(staffPaths.submit, lang);
  const field = (name: string) => `${id}-${name}`;
  return h`<section class="centre" id="${id}" data-staff-centre="${id}" aria-labelledby="${field('title')}">
<h2 id="${field('title')}">${facts.name}</h2>
${publicLines(section, view)}
<p class="centre__message${message && !message.ok ? ' centre__message--refused' : ''}" data-centre-message>${message?.text ?? ''}</p>
<form method="post" action="${action}" class="quick">
<input type="hidden" name="centre" value="${id}">
<input type="hidden" name="version" value="${count?.version ?? ''}">
${count ? h`<button class="button button--primary" name="action" value="confirm" data-action="confirm">${texts.centre.confirm(count.available)}</button>` : ''}
<div class="quick__steps">
${count ? h`<button class="button" name="action" value="minus" data-action="minus" aria-label="${texts.centre.minusLabel}">${texts.centre.minus}</button>` : ''}
${count ? h`<button class="button" name="action" value="plus" data-action="plus" aria-label="${texts.centre.plusLabel}">${texts.centre.plus}</button>` : ''}
<button class="button" name="action" value="full" data-action="full">${texts.centre.full_}</button>
</div>
</form>
<form method="post" action="${action}" class="set" data-action="set">
<fieldset>
<legend>${texts.centre.setLegend}</legend>
<input type="hidden" name="centre" value="${id}">
<input type="hidden" name="action" value="set">
<input type="hidden" name="version" value="${count?.version ?? ''}">
<label for="${field('available')}">${texts.centre.available(facts.capacity)}</label>
<input id="${field('available')}" name="available" type="number" inputmode="numeric" min="0" max="${facts.capacity}" step="1" required value="${count?.available ?? ''}">
<label for="${field('note')}">${texts.centre.noteLabel}</label>
<input id="${field('note')}" name="note" type="text" maxlength="${staffNoteMaxLength}" dir="auto" autocomplete="off" aria-describedby="${field('note-hint')}" value="${count?.note ?? ''}">
<p class="hint" id="${field('note-hint')}">${texts.centre.noteHint}</p>
<button class="button">${texts.centre.setButton}</button>
</fieldset>
</form>
</section>`;
}

/** The report page: every centre the person may report for. */
export function reportMain(sections: readonly CentreSection[], view: ViewContext, pageMessage?: string): SafeHtml {
  // An administrator reports for all four: a way straight to each.
  const jump =
    sections.length > 1
      ? h`<nav aria-label="${view.texts.centresNav}"><ul class="jump">${sections.map((section) => h`<li><a href="#${section.id}">${section.facts.name}</a></li>`)}</ul></nav>`
      : '';
  return h`<h1>${view.texts.report}</h1>
${jump}
${pageMessage ? h`<p class="message centre__message--refused">${pageMessage}</p>` : ''}
<p class="visually-hidden" role="status" data-staff-status></p>
${sections.map((section) => centreSection(section, view))}`;
}
