import { z } from 'astro/zod';

import { weekdays } from '../config/weekdays.ts';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour HH:MM, e.g. "09:00"');
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'use MM-DD, e.g. "12-24"');

const weeklyRuleSchema = z
  .strictObject({
    days: z.array(z.enum(weekdays)).min(1),
    opens: clockTime,
    closes: clockTime,
  })
  .refine((rule) => rule.opens < rule.closes, { message: 'opens must be before closes', path: ['closes'] });

/**
 * Opening hours in Copenhagen local time. `always` is a place open day and night all year (Den Sociale
 * Døgnvagt); `staffed` is a crisis centre, which has staff day and night (døgndækning) and so always
 * answers its phone. `weekly` lists the hours of an ordinary week; public holidays and yearly closures
 * (such as the days between Christmas and New Year) are kept apart from the rules because they move from
 * year to year. `closedOnPublicHolidays` is true or false where the source says so, and "unknown" where it
 * is silent: then the site does not claim the place is open or closed on public holidays and the days
 * offices often close (24 and 31 December, 5 June).
 */
export const hoursSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('always') }),
  z.strictObject({ type: z.literal('staffed') }),
  z.strictObject({
    type: z.literal('weekly'),
    rules: z.array(weeklyRuleSchema).min(1),
    closedOnPublicHolidays: z.union([z.boolean(), z.literal('unknown')]),
    /** Closures that recur every year, inclusive, e.g. { from: "12-24", to: "12-31" }. */
    closures: z.array(z.strictObject({ from: monthDay, to: monthDay, reason: z.enum(['christmas-to-new-year']) })).default([]),
  }),
]);

export type Hours = z.infer<typeof hoursSchema>;
