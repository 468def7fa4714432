import * as z from 'zod';
import { noteOf, reportActions, type Refusal, type Report, type ReportAction } from '../domain/report.ts';
import type { CountRow } from '../store/counts.ts';
import type { StaffLang, StaffTexts } from './texts.ts';
import { clockTime } from './views/format.ts';

/** The report form as posted, checked field by field; anything else is refused before it is read further. */
const reportFormSchema = z.object({
  centre: z.string().regex(/^[a-z0-9-]{1,100}$/),
  action: z.enum(reportActions),
  available: z.optional(z.string().regex(/^\s*\d{1,4}\s*$/)),
  version: z.optional(z.string().regex(/^\d{0,12}$/)),
  note: z.optional(z.string().max(1_000)),
});

const centreField = z.object({ centre: reportFormSchema.shape.centre });

export type FormProblem = 'bad-request' | 'note-too-long';

/** A form that could not be read still says which centre it was for, when it says that much, so the answer can stand beside it. */
export type ParsedReportForm = { ok: true; centreId: string; report: Report } | { ok: false; problem: FormProblem; centreId?: string };

/** A report form (plain form post or the page's script) as a report, or what is wrong with it. */
export function parseReportForm(body: Record<string, unknown>): ParsedReportForm {
  const parsed = reportFormSchema.safeParse(body);
  const centre = centreField.safeParse(body);
  const problem = (what: FormProblem): ParsedReportForm => ({
    ok: false,
    problem: what,
    ...(centre.success ? { centreId: centre.data.centre } : {}),
  });
  if (!parsed.success) return problem('bad-request');
  const { action, available, version, note } = parsed.data;
  const centreId = parsed.data.centre;
  const seenVersion = version === undefined ? undefined : version === '' ? null : Number(version);
  if (action === 'confirm') return { ok: true, centreId, report: seenVersion === undefined ? { action } : { action, seenVersion } };
  if (action !== 'set') return { ok: true, centreId, report: { action } };
  if (available === undefined || version === undefined) return problem('bad-request');
  const kept = noteOf(note);
  if (!kept.ok) return problem('note-too-long');
  return { ok: true, centreId, report: { action, available: Number(available), note: kept.note, seenVersion: seenVersion ?? null } };
}

/** What a report led to, in a sentence for the person who sent it. */
export function reportMessage(
  texts: StaffTexts,
  lang: StaffLang,
  centre: { name: string; capacity: number },
  result:
    | { action: ReportAction; ok: true; after: CountRow; published: boolean }
    | { ok: false; refusal: Refusal | FormProblem; after: CountRow | undefined },
): string {
  if (result.ok) {
    const saved =
      result.action === 'confirm'
        ? texts.saved.confirm(centre.name, result.after.available)
        : result.after.available === 0
          ? texts.saved.full(centre.name)
          : texts.saved.count(centre.name, result.after.available);
    return result.published ? saved : `${saved} ${texts.saved.notPublished}`;
  }
  switch (result.refusal) {
    case 'at-capacity':
      return texts.refused['at-capacity'](centre.capacity);
    case 'out-of-range':
      return texts.refused['out-of-range'](centre.capacity);
    case 'changed-meanwhile': {
      const after = result.after;
      // A version for a centre that has never had a count comes from no page of ours.
      if (!after) return texts.refused.badRequest;
      const by = after.changedBy === null ? texts.commandLine : (after.changedByName ?? texts.someoneElse);
      return texts.refused['changed-meanwhile'](by, after.available, clockTime(after.changedAt, lang));
    }
    case 'at-zero':
    case 'no-count':
      return texts.refused[result.refusal];
    case 'note-too-long':
      return texts.refused.noteTooLong;
    case 'bad-request':
      return texts.refused.badRequest;
  }
}

/** The outcomes a plain form post carries back to the page in its address (no JavaScript, no storage). */
export const resultCodes = [
  'saved',
  'saved-not-published',
  'at-capacity',
  'at-zero',
  'no-count',
  'changed-meanwhile',
  'out-of-range',
  'note-too-long',
  'bad-request',
] as const;
export type ResultCode = (typeof resultCodes)[number];
export type RefusedCode = Exclude<ResultCode, 'saved' | 'saved-not-published'>;

/**
 * The sentence for an outcome carried back in the page's address: beside the centre it was for, or
 * (`centre` undefined) at the top of the page. Undefined for a code the page does not know.
 */
export function messageForResult(
  texts: StaffTexts,
  lang: StaffLang,
  code: string | undefined,
  action: string | undefined,
  centre: { name: string; capacity: number } | undefined,
  count: CountRow | undefined,
): { ok: boolean; text: string } | undefined {
  if (!code || !(resultCodes as readonly string[]).includes(code)) return undefined;
  const result = code as ResultCode;
  if (result === 'saved' || result === 'saved-not-published') {
    if (!centre || !count) return undefined;
    return {
      ok: true,
      text: reportMessage(texts, lang, centre, {
        ok: true,
        action: action === 'confirm' ? 'confirm' : 'set',
        after: count,
        published: result === 'saved',
      }),
    };
  }
  return { ok: false, text: reportMessage(texts, lang, centre ?? { name: '', capacity: 0 }, { ok: false, refusal: result, after: count }) };
}
