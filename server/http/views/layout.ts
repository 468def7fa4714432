import type { StaffAssets } from '../assets.ts';
import type { StaffLang, StaffTexts } from '../texts.ts';
import type { Person } from '../../store/people.ts';
import { h, type SafeHtml } from './html.ts';
import { staffPaths, withLang } from '../paths.ts';

export interface PageFrame {
  lang: StaffLang;
  texts: StaffTexts;
  assets: StaffAssets;
  /** The path of this page, for the language link. */
  path: string;
  person: Person | undefined;
}

/**
 * The frame of every staff page: Danish or English, a skip link, the way between the report and the
 * admin page, the other language and sign-out. Large targets for a thumb; no inline script or style.
 */
export function staffPage(frame: PageFrame, title: string, main: SafeHtml): SafeHtml {
  const { lang, texts, assets, person } = frame;
  const other = texts.otherLanguage;
  return h`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} · ${texts.siteName}</title>
<link rel="icon" href="${staffPaths.asset(assets.icon.name)}" type="image/svg+xml">
<link rel="stylesheet" href="${staffPaths.asset(assets.style.name)}">
<script type="module" src="${staffPaths.asset(assets.script.name)}"></script>
</head>
<body>
<a class="skip" href="#main">${texts.skip}</a>
<header class="bar">
<p class="bar__name">${texts.siteName}</p>
<nav class="bar__nav" aria-label="${texts.siteName}">
${person ? h`<a href="${withLang(staffPaths.report, lang)}">${texts.report}</a>` : ''}
${person?.isAdmin ? h`<a href="${withLang(staffPaths.admin, lang)}">${texts.admin}</a>` : ''}
<a href="${withLang(frame.path, other.lang)}" lang="${other.lang}" hreflang="${other.lang}">${other.label}</a>
${person ? h`<form method="post" action="${withLang(staffPaths.signOut, lang)}"><button class="link">${texts.signOut}</button></form>` : ''}
</nav>
</header>
<main id="main" tabindex="-1">
${main}
</main>
</body>
</html>
`;
}

/** A page that only says one thing: an error, or why a link does not work. */
export function messagePage(frame: PageFrame, title: string, message?: string): SafeHtml {
  return staffPage(frame, title, h`<h1>${title}</h1>${message ? h`<p class="message">${message}</p>` : ''}`);
}
