import * as z from 'zod';
import { maxNoteLength, reportActions, type Refusal, type Report, type ReportAction } from '../domain/report.ts';
import type { CountRow } from '../store/counts.ts';
import type { StaffLang, StaffTexts } from './texts.ts';
import { clockTime } from './views/format.ts';

/** Control characters have no place in a one-line note shown on the website. */
const noControlCharacters = /^[^\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/;

/** The report form as posted, checked field by field; anything else is refused before it is read further. */
const reportFormSchema = z.object({
  centre: z.string().regex(/^[a-z0-9-]{1,100}$/),
  action: z.enum(reportActions),
  available: z.optional(z.string().regex(/^\s*\d{1,4}\s*$/)),
  version: z.optional(z.string().regex(/^\d{0,12}$/)),
  note: z.optional(z.string().max(1_000).regex(noControlCharacters)),
});

export type FormProblem = 'bad-request' | 'note-too-long';

export type ParsedReportForm = { ok: true; centreId: string; report: Report } | { ok: false; problem: FormProblem };

/** A report form (plain form post or the page's script) as a report, or what is wrong with it. */
export function parseReportForm(body: Record<string, unknown>): ParsedReportForm {
  const parsed = reportFormSchema.safeParse(body);
  if (!parsed.success) return { ok: false, problem: 'bad-request' };
  const { centre, action, available, version, note } = parsed.data;
  const seenVersion = version === undefined ? undefined : version === '' ? null : Number(version);
  if (action === 'confirm') return { ok: true, centreId: centre, report: seenVersion === undefined ? { action } : { action, seenVersion } };
  if (action !== 'set') return { ok: true, centreId: centre, report: { action } };
  if (available === undefined || version === undefined) return { ok: false, problem: 'bad-request' };
  const text = note?.trim() ?? '';
  if (text.length > maxNoteLength) return { ok: false, problem: 'note-too-long' };
  return {
    ok: true,
    centreId: centre,
    report: { action, available: Number(available), note: text || null, seenVersion: seenVersion ?? null },
  };
}

/** What a report led to, in a sentence for the person who sent it. */
export function reportMessage(
  texts: StaffTexts,
  lang: StaffLang,
  centre: { name: string; capacity: number },
  result: { action: ReportAction; ok: true; after: CountRow } | { ok: false; refusal: Refusal | FormProblem; after: CountRow | undefined },
): string {
  if (result.ok) {
    if (result.action === 'confirm') return texts.saved.confirm(centre.name, result.after.available);
    return result.after.available === 0 ? texts.saved.full(centre.name) : texts.saved.count(centre.name, result.after.available);
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
      const by = after.updatedBy === null ? texts.commandLine : (after.updatedByName ?? texts.someoneElse);
      return texts.refused['changed-meanwhile'](by, after.available, clockTime(after.updatedAt, lang));
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
export const resultCodes = ['saved', 'at-capacity', 'at-zero', 'no-count', 'changed-meanwhile', 'out-of-range', 'note-too-long', 'bad-request'] as const;
export type ResultCode = (typeof resultCodes)[number];
