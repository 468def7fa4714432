/**
 * The days of the week, Monday first, as the place data writes them. Their own small module, without
 * zod: the "open now" script in every page's HTML reads them too.
 */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
