import { z } from 'astro/zod';

/**
 * A telephone number in two forms: `dial` is what goes into the `tel:` link (E.164 for ordinary Danish
 * numbers, the bare short number for 112, 114 and 1888); `display` is how people read and say it.
 * The two must hold the same digits, so a typo in one of them fails the build.
 */
export const phoneSchema = z
  .strictObject({
    dial: z.string().regex(/^(\+45\d{8}|\d{3,4})$/, 'use +45 followed by 8 digits, or a 3–4 digit short number'),
    display: z.string().regex(/^[\d ]+$/, 'digits and spaces only, e.g. "33 17 25 33"'),
  })
  .refine((phone) => phone.dial.replace(/^\+45/, '') === phone.display.replace(/ /g, ''), {
    message: 'display and dial must be the same number',
    path: ['display'],
  });

export type Phone = z.infer<typeof phoneSchema>;
