import * as z from 'zod/mini';

/*
 * The availability feed: the contract between the centres, which publish how many places are free, and
 * every reader of it (the island on the site, the command-line tool, the published JSON Schema, the tests).
 * It follows Open Referral HSDS `service_capacity` (available, maximum, updated).
 *
 * `zod/mini` rather than the full zod: this schema is shipped to the reader's phone inside the island,
 * and the mini build is a fifth of the size.
 */

export const feedVersion = 1;

/** A feed larger than this is refused unread: four centres fit in well under 2 KB. */
export const maxFeedBytes = 64 * 1024;

export const maxNoteLength = 280;

/** RFC 3339 date-time with seconds and an explicit offset; February 30 is not a date. */
const dateTime = z.iso.datetime({ offset: true });

/** One centre's report, as a centre writes it. Whether `maximum` is that centre's capacity is checked against the site's data. */
export const centreReportSchema = z
  .object({
    id: z.string().check(z.minLength(1), z.maxLength(100), z.describe('The centre\'s id, as in the site\'s URLs (e.g. "egmontgaarden").')),
    available: z.int().check(z.minimum(0), z.describe('Free places for women now. 0 means full.')),
    maximum: z.int().check(z.minimum(1), z.describe("The centre's number of places; must equal the capacity the site states.")),
    updated: dateTime.check(z.describe('When the centre last counted its free places.')),
    note: z.optional(
      z.string().check(z.maxLength(maxNoteLength), z.describe('Optional short note from the centre, always shown as plain text.')),
    ),
  })
  .check(z.refine((report) => report.available <= report.maximum, { message: 'available must not exceed maximum', path: ['available'] }));

const envelopeFields = {
  version: z.literal(feedVersion).check(z.describe('Format version; readers refuse any other.')),
  generatedAt: dateTime.check(z.describe('When the file was written.')),
};

/** The whole feed as it must be published. */
export const availabilityFeedSchema = z
  .object({ ...envelopeFields, centers: z.array(centreReportSchema) })
  .check(z.describe("Free places at the City of Copenhagen's crisis centres for women."));

/**
 * The feed's outer shape only. Readers check each centre on its own, so that one centre's bad entry
 * makes that centre unknown and not the whole feed.
 */
export const feedEnvelopeSchema = z.object({ ...envelopeFields, centers: z.array(z.unknown()) });

/** The JSON Schema published at `/availability.schema.json`, generated from the schema above. */
export function availabilityJsonSchema(): Record<string, unknown> {
  return { title: 'Crisis centre availability feed', ...z.toJSONSchema(availabilityFeedSchema, { io: 'input' }) };
}
