import ar from '../../content/i18n/ar.json';
import da from '../../content/i18n/da.json';
import en from '../../content/i18n/en.json';
import fa from '../../content/i18n/fa.json';
import pl from '../../content/i18n/pl.json';
import so from '../../content/i18n/so.json';
import tr from '../../content/i18n/tr.json';
import uk from '../../content/i18n/uk.json';
import ur from '../../content/i18n/ur.json';
import type { Lang } from '../config/locales';

/**
 * UI strings, one file per language in `content/i18n/`. Danish is the reference: every other file must
 * have each of its keys (a type error here otherwise), in the plural forms its own language uses.
 * `da.descriptions.json` beside them describes each key for translators and is not a language.
 */
export const resources = { da, en, ar, fa, ur, so, tr, pl, uk } satisfies Record<Lang, typeof da>;

export type UiStrings = typeof da;
