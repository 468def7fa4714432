import { z } from 'astro/zod';
import { standardEdition } from '../config/site';

/** Frontmatter of one part of the quality standard (`content/standard/<lang>/<section-id>.md`). */
export const standardPartSchema = z.strictObject({
  /** The part's title without its number, exactly as in the standard ("Klageadgang"). */
  title: z.string().trim().min(1),
  /** The section number 1–8; absent for the foreword and the summary, which are not numbered. */
  section: z.number().int().min(1).max(8).optional(),
  /** Position in the reading order, 1 = the foreword. Unique within a language. */
  order: z.number().int().positive(),
  /** One calm sentence saying what the part covers; used in contents lists and page descriptions. */
  summary: z.string().trim().min(10).max(200),
  /** The edition of the standard; a file from another edition must not slip in unnoticed. */
  edition: z.literal(standardEdition),
  /** The published document the text is transcribed from. */
  source: z.string().trim().min(1),
  /** Who adopted the standard. */
  adoptedBy: z.string().trim().min(1),
});

export type StandardPart = z.infer<typeof standardPartSchema>;

/** Frontmatter of a free-standing page written for the site, such as the safety page. */
export const sitePageSchema = z.strictObject({
  title: z.string().trim().min(1),
  description: z.string().trim().min(10).max(200),
});
