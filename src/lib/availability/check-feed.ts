import type * as z from 'zod/mini';
import { centreReportSchema, feedEnvelopeSchema } from '../../schemas/availability.ts';
import { allowedClockSkewMs, idOf } from './parse-feed.ts';

/** What the site knows about a centre that the feed must agree with. */
export interface CentreFacts {
  name: string;
  capacity: number;
}

export interface FeedCheck {
  /** Broken rules: the site shows the centre concerned (or every centre) as unknown. */
  errors: string[];
  /** Allowed, but worth knowing: the site ignores or discounts something. */
  warnings: string[];
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('') || '(the file)';
}

/** A zod issue in words a person updating the feed can act on. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is missing'
        : `must be ${issue.expected === 'int' ? 'a whole number' : `a${/^[aeiou]/.test(issue.expected) ? 'n' : ''} ${issue.expected}`}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must be ${issue.minimum} or more`;
    case 'too_big':
      return issue.origin === 'string' ? `must be at most ${issue.maximum} characters` : `must be ${issue.maximum} or less`;
    case 'invalid_format':
      return 'must be a real date and time with seconds and a time zone, such as 2026-11-29T08:00:00+01:00';
    case 'invalid_value':
      return `must be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    default:
      return issue.message;
  }
}

function issuesOf(error: z.core.$ZodError, prefix: readonly PropertyKey[]): string[] {
  return error.issues.map((issue) => `${pathOf([...prefix, ...issue.path])}: ${describeIssue(issue)}`);
}

/**
 * Every rule of the feed contract, checked against the site's centres, as messages that name the field.
 * The site reads a feed by the same rules (`parseFeed`); this says *why* it would show something as unknown.
 */
export function checkFeed(json: unknown, centres: ReadonlyMap<string, CentreFacts>, now: number, staleAfterMs: number): FeedCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  // zod leaves the input out of its issues unless asked, and without it a wrong type reads as "is missing".
  const envelope = feedEnvelopeSchema.safeParse(json, { reportInput: true });
  if (!envelope.success) return { errors: issuesOf(envelope.error, []), warnings };

  const seen = new Map<string, number>();
  envelope.data.centers.forEach((entry, index) => {
    const at = [`centers`, index] as const;
    const result = centreReportSchema.safeParse(entry, { reportInput: true });
    const id = idOf(entry);
    if (id !== undefined && !centres.has(id)) {
      warnings.push(`${pathOf(at)}: "${id}" is not one of the site's centres; the site ignores it`);
      return;
    }
    if (id !== undefined) {
      if (seen.has(id)) errors.push(`${pathOf(at)}: "${id}" is also listed at centers[${seen.get(id)}]; the site shows it as unknown`);
      else seen.set(id, index);
    }
    if (!result.success) {
      errors.push(...issuesOf(result.error, at));
      return;
    }
    const facts = centres.get(result.data.id)!;
    if (result.data.maximum !== facts.capacity) {
      errors.push(`${pathOf([...at, 'maximum'])}: ${facts.name} has ${facts.capacity} places, not ${result.data.maximum}`);
    }
    const updated = Date.parse(result.data.updated);
    if (updated > now + allowedClockSkewMs) {
      errors.push(`${pathOf([...at, 'updated'])}: ${result.data.updated} is in the future`);
    } else if (now - updated > staleAfterMs) {
      warnings.push(`${pathOf([...at, 'updated'])}: older than ${staleAfterMs / 3_600_000} hours; the site shows ${facts.name} as unknown`);
    }
  });
  for (const [id, facts] of centres) {
    if (!seen.has(id)) warnings.push(`${facts.name} (${id}) is not in the feed; the site shows it as unknown`);
  }
  return { errors, warnings };
}
