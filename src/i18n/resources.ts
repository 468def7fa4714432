import da from '../../content/i18n/da.json';
import type { Lang } from '../config/locales';

/** UI strings, one file per language in `content/i18n/`. Danish is the reference every other file must match. */
export const resources = { da } satisfies Record<Lang, typeof da>;

export type UiStrings = typeof da;
