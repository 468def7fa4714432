import type { CentreFacts } from '../../../src/lib/availability/check-feed.ts';
import { publicView } from '../../domain/public-view.ts';
import type { CountRow } from '../../store/counts.ts';
import { reportActions } from '../../domain/report.ts';
import type { LoggedEvent } from '../../store/events.ts';
import type { PersonSummary } from '../../store/people.ts';
import { staffPaths, withLang } from '../paths.ts';
import type { StaffLang, StaffTexts } from '../texts.ts';
import { timeAgo, when } from './format.ts';
import { h, type SafeHtml } from './html.ts';

const isReportAction = (action: string) => (reportActions as readonly string[]).includes(action);

interface AdminView {
  lang: StaffLang;
  texts: StaffTexts;
  now: number;
  staleAfterMs: number;
  centres: ReadonlyMap<string, CentreFacts>;
  counts: ReadonlyMap<string, CountRow>;
  events: readonly LoggedEvent[];
  people: readonly PersonSummary[];
  notice: string | undefined;
}

/** Centres whose count the public cannot trust come first: they are the ones to ring. */
function centresByUrgency(view: AdminView) {
  return [...view.centres]
    .map(([id, facts]) => {
      const count = view.counts.get(id);
      return { id, facts, count, shown: publicView(id, count, facts.capacity, view.now, view.staleAfterMs) };
    })
    .sort(
      (a, b) =>
        Number(b.shown.state === 'unknown') - Number(a.shown.state === 'unknown') || (a.count?.updatedAt ?? 0) - (b.count?.updatedAt ?? 0),
    );
}

function centresTable(view: AdminView): SafeHtml {
  const { texts, lang, now } = view;
  const t = texts.adminPage;
  return h`<h2 id="admin-centres">${t.centres}</h2>
<div class="table" role="region" aria-labelledby="admin-centres" tabindex="0"><table>
<thead><tr><th scope="col">${t.centre}</th><th scope="col">${t.onSite}</th><th scope="col">${t.age}</th><th scope="col">${t.by}</th></tr></thead>
<tbody>${centresByUrgency(view).map(
    ({ id, facts, count, shown }) => h`<tr data-admin-centre="${id}" data-state="${shown.state}">
<th scope="row">${facts.name}</th>
<td>${
      shown.state === 'free'
        ? `${shown.free} ${texts.centre.freeOf(shown.free, facts.capacity)}`
        : shown.state === 'full'
          ? texts.centre.full
          : shown.state === 'unknown' && shown.lastReport
            ? texts.centre.stale(shown.lastReport.free)
            : texts.centre.neverReported
    }</td>
<td>${count ? `${timeAgo(count.updatedAt, now, lang)} (${when(count.updatedAt, lang)})` : t.never}</td>
<td>${count ? (count.updatedBy === null ? texts.commandLine : count.updatedByName) : ''}</td>
</tr>`,
  )}</tbody></table></div>`;
}

function logTable(view: AdminView): SafeHtml {
  const { texts, lang } = view;
  const t = texts.adminPage;
  // A count's number before and after; a change to the staff list names whom it was about instead.
  const change = (event: LoggedEvent) =>
    isReportAction(event.action) ? `${event.before ?? '–'} → ${event.after ?? '–'}` : (event.subjectName ?? '');
  return h`<h2 id="admin-log">${t.log}</h2>
<p><a href="${withLang(staffPaths.logCsv, lang)}" download>${t.logCsv}</a></p>
<div class="table" role="region" aria-labelledby="admin-log" tabindex="0"><table>
<thead><tr><th scope="col">${t.when}</th><th scope="col">${t.who}</th><th scope="col">${t.centre}</th><th scope="col">${t.what}</th><th scope="col">${t.change}</th><th scope="col">${t.note}</th></tr></thead>
<tbody>${view.events.map(
    (event) => h`<tr>
<td>${when(event.at, lang)}</td>
<td>${event.personId === null ? texts.commandLine : event.personName}</td>
<td>${event.centreId ? (view.centres.get(event.centreId)?.name ?? event.centreId) : ''}</td>
<td>${texts.actions[event.action] ?? event.action}</td>
<td>${change(event)}</td>
<td dir="auto">${event.note ?? ''}</td>
</tr>`,
  )}</tbody></table></div>`;
}

function staffTable(view: AdminView): SafeHtml {
  const { texts, lang } = view;
  const t = texts.adminPage;
  return h`<h2 id="admin-staff">${t.staff}</h2>
<p class="hint">${t.inviteHow}</p>
<div class="table" role="region" aria-labelledby="admin-staff" tabindex="0"><table>
<thead><tr><th scope="col">${t.name}</th><th scope="col">${t.reportsFor}</th><th scope="col">${t.passkeys}</th><th scope="col">${t.lastSignIn}</th><th scope="col">${t.status}</th><th scope="col"><span class="visually-hidden">${t.revokeShort}</span></th></tr></thead>
<tbody>${view.people.map(
    (person) => h`<tr data-admin-person="${person.id}">
<th scope="row">${person.name}</th>
<td>${person.isAdmin ? t.everyCentre : (view.centres.get(person.centreId!)?.name ?? person.centreId)}</td>
<td>${person.passkeys}</td>
<td>${person.lastSignIn ? when(person.lastSignIn, lang) : t.never}</td>
<td>${person.revokedAt !== null ? t.revoked : person.passkeys > 0 ? t.active : t.invited}</td>
<td>${
      person.revokedAt === null
        ? h`<form method="post" action="${withLang(staffPaths.revoke, lang)}" data-confirm="${t.revokeConfirm(person.name)}">
<input type="hidden" name="person" value="${person.id}"><button class="button button--small" aria-label="${t.revoke(person.name)}">${t.revokeShort}</button></form>`
        : ''
    }</td>
</tr>`,
  )}</tbody></table></div>`;
}

/** The admin page: every centre (stale first), the last 100 changes, the staff list with revoke. */
export function adminMain(view: AdminView): SafeHtml {
  return h`<h1>${view.texts.adminPage.title}</h1>
${view.notice ? h`<p class="message" role="status">${view.notice}</p>` : ''}
${centresTable(view)}
${logTable(view)}
${staffTable(view)}`;
}
