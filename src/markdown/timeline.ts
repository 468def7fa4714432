import type { Lang } from '../config/locales';
import { useTranslations } from '../i18n';
import { escapeHtml } from '../lib/html';
import { markedTextHtml } from '../lib/text-marks';

export interface Phase {
  label: string;
  /** The id of the heading that describes the phase, on the same page. */
  anchor: string;
}

/** Reads a ```timeline block: one phase a line, `label | #heading-id`. */
export function parseTimeline(source: string): Phase[] {
  const lines = source
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) throw new Error('a timeline needs at least one phase');
  return lines.map((line, index) => {
    const match = /^(.+?)\s*\|\s*#([a-z0-9-]+)$/.exec(line);
    if (!match) throw new Error(`timeline line ${index + 1} "${line}" must read "label | #heading-id"`);
    return { label: match[1]!, anchor: match[2]! };
  });
}

/**
 * The phases of a stay as an ordered list: the text (and so a screen reader) gets the order and the
 * links; the overlapping bars beside each phase only draw what the caption already says, that the
 * phases overlap.
 */
export function timelineHtml(phases: Phase[], lang: Lang): string {
  const t = useTranslations(lang);
  const items = phases.map(
    (phase, index) =>
      `<li class="timeline__phase"><span class="timeline__number" aria-hidden="true">${index + 1}</span>` +
      `<a class="timeline__label" href="#${phase.anchor}"><span class="sr-only">${escapeHtml(t('standard.timeline.phase', { number: index + 1 }))}: </span>${markedTextHtml(phase.label, lang)}</a>` +
      `<span class="timeline__track" aria-hidden="true"><span class="timeline__bar"></span></span></li>`,
  );
  return (
    `<figure class="timeline"><figcaption class="timeline__caption"><strong>${escapeHtml(t('standard.timeline.label'))}</strong> ` +
    `${escapeHtml(t('standard.timeline.overlap'))}</figcaption><ol class="timeline__phases">${items.join('')}</ol></figure>`
  );
}
