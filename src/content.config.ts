import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { helplineSchema, placeSchema } from './schemas/place';
import { sitePageSchema, standardPartSchema } from './schemas/standard';

export const collections = {
  /** The quality standard: `content/standard/<lang>/<section-id>.md`; the entry id is "<lang>/<section-id>". */
  standard: defineCollection({
    loader: glob({ base: './content/standard', pattern: '*/*.md' }),
    schema: standardPartSchema,
  }),
  /** Pages written for the site (the safety page): `content/pages/<lang>/<page>.md`. */
  pages: defineCollection({
    loader: glob({ base: './content/pages', pattern: '*/*.md' }),
    schema: sitePageSchema,
  }),
  /** Crisis centres, offices and complaint bodies: `content/places/<id>.json`. */
  places: defineCollection({
    loader: glob({ base: './content/places', pattern: '*.json' }),
    schema: placeSchema,
  }),
  /** National helplines (112, 1888, 114). */
  helplines: defineCollection({
    loader: file('./content/helplines.json'),
    schema: helplineSchema,
  }),
};
