import type { TFunction } from 'i18next';
import type { StandardPart } from '../schemas/standard';

/** A part's title as the standard numbers it: "8. Klageadgang"; the foreword and summary have no number. */
export function partHeading(part: Pick<StandardPart, 'title' | 'section'>, t: TFunction): string {
  return part.section === undefined ? part.title : t('standard.numberedTitle', { number: part.section, title: part.title });
}

/** The parts before and after one part in reading order, for previous/next links. */
export function neighbours<T>(parts: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: index > 0 ? parts[index - 1] : undefined, next: parts[index + 1] };
}
