/**
 * The site's public address, for canonical and alternate-language links, the sitemap and the nginx
 * configuration; a build elsewhere sets SITE_URL. The staff pages live on `personale.` of its host.
 */
export const siteUrl = 'https://krisecentre.kk.dk';

/**
 * Where the quick exit sends the reader: a neutral, everyday Danish site (the weather service), so that
 * the page left open on the screen raises no questions.
 */
export const quickExitUrl = 'https://www.dmi.dk/';

/** The edition of the quality standard the site renders; every content file must say the same. */
export const standardEdition = '2023-2024';

/** All times the site states are Copenhagen local time, whatever zone the reader's phone is in. */
export const timeZone = 'Europe/Copenhagen';
