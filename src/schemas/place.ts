import { z } from 'astro/zod';
import { phoneSchema } from './phone.ts';
import { hoursSchema } from './hours.ts';

/** What a place is, which decides where the site lists it. */
export const placeKinds = ['crisis-centre', 'office', 'complaint-body'] as const;

const addressSchema = z.strictObject({
  /** Street and number as the municipality writes it, e.g. "Svendborggade 1, 1. sal". */
  street: z.string().trim().min(1),
  postalCode: z.string().regex(/^\d{4}$/, 'a Danish postcode has 4 digits'),
  city: z.string().trim().min(1),
});

/**
 * An approximate position. The precision travels with the coordinates so that the map can say how far
 * off a pin may be; directions always use the street address, never these numbers.
 */
const positionSchema = z.strictObject({
  lat: z.number().min(54).max(58),
  lon: z.number().min(8).max(16),
  /** How the position was found: between two known house numbers, or estimated from the street. */
  method: z.enum(['interpolated', 'street-estimate']),
  /** How many metres the real entrance may be from the pin. */
  uncertaintyMetres: z.number().int().positive(),
});

/** One place (`content/places/<id>.json`); the file name is the id used in URLs, markup and the feed. */
export const placeSchema = z
  .strictObject({
    name: z.string().trim().min(1),
    kind: z.enum(placeKinds),
    /** Number of places for women (crisis centres only), as stated in the standard. */
    capacity: z.number().int().positive().optional(),
    address: addressSchema.optional(),
    phone: phoneSchema.optional(),
    email: z.email().optional(),
    hours: hoursSchema.optional(),
    /** Physical access as the standard describes it (section 5); absent where the standard says nothing. */
    access: z.strictObject({ lift: z.boolean(), wheelchairAccessibleRooms: z.boolean() }).optional(),
    position: positionSchema.optional(),
  })
  .superRefine((place, ctx) => {
    if (place.kind !== 'crisis-centre') return;
    for (const field of ['capacity', 'address', 'phone', 'hours', 'position'] as const) {
      if (place[field] === undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: `a crisis centre needs ${field}` });
      }
    }
  });

export type Place = z.infer<typeof placeSchema>;
export type PlaceKind = (typeof placeKinds)[number];

/** A national helpline that is not a place (112, 114, 1888). */
export const helplineSchema = z.strictObject({
  /** Also the key of its name and description in the UI strings (`helplines.<id>`). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  phone: phoneSchema,
});
