import type { APIRoute } from 'astro';
import { availabilityJsonSchema } from '../schemas/availability';

/** The feed's contract for other systems, generated from the same zod schema the site reads it with. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(availabilityJsonSchema(), null, 2)}\n`, { headers: { 'content-type': 'application/schema+json' } });
