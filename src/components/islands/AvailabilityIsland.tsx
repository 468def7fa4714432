import { useEffect, useRef, useState } from 'react';
import { fetchFeedText } from '../../lib/availability/fetch-feed.ts';
import { parseFeed } from '../../lib/availability/parse-feed.ts';
import { startPolling } from '../../lib/availability/poller.ts';
import { afterRequest, availabilityOf, clockLag, initialFeedState, type Availability, type FeedState } from '../../lib/availability/status.ts';
import { dateAndTime, plural, timeAgo } from '../../lib/availability/format.ts';
import { fill } from '../../lib/template.ts';
import type { TextPart } from '../../lib/text-marks.ts';

export interface Phone {
  dial: string;
  display: string;
}

export interface CentreForAvailability {
  id: string;
  name: string;
  capacity: number;
  phone: Phone;
  /** One line under the number, e.g. "Staffed day and night". */
  note?: string;
}

/** The island's texts in the reader's language, resolved at build time so that i18next stays on the server. */
export interface AvailabilityTexts {
  loading: string;
  /** "{count} free places", one template per plural category. */
  free: Partial<Record<Intl.LDMLPluralRule, string>>;
  full: string;
  unknown: string;
  /** Said once above the list when no feed could be read at all. */
  noFeed: string;
  /** "Last reported {places} on {time} – call to check." */
  stale: string;
  /** "Updated {ago} ({time})." */
  updated: string;
  /** Why to call a full centre. */
  callAnyway: string;
  /** Why to call a centre whose count is unknown. */
  unknownWhy: string;
  /** "Lev Uden Vold knows …" – followed by the number as a link; marked on the server (src/lib/text-marks.ts). */
  nationwide: TextPart[];
  /** "Could not get new numbers; last fetched {time}." */
  outage: string;
  /** "{name}: {status}" */
  announcement: string;
  /** Shown until the island runs, and for good without JavaScript: call and ask. */
  beforeScript: string;
}

export interface AvailabilityIslandProps {
  lang: string;
  timeZone: string;
  feedUrl: string;
  staleAfterMs: number;
  centres: CentreForAvailability[];
  nationwide: { phone: Phone };
  texts: AvailabilityTexts;
}

const tick = 30_000;

/** Marked text as the page's own markup would have it: a Danish name `lang="da"`, a range of numbers left-to-right. */
function Marked({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.mark === 'danish' ? (
          <span key={index} lang="da">
            {part.text}
          </span>
        ) : part.mark === 'ltr' ? (
          <bdi key={index} dir="ltr">
            {part.text}
          </bdi>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** "Lev Uden Vold ved, hvor der er ledige pladser …" with its number to call: said when a centre cannot help. */
function NationwideCall({ text, nationwide }: { text: TextPart[]; nationwide: AvailabilityIslandProps['nationwide'] }) {
  return (
    <>
      <Marked parts={text} />{' '}
      <a className="whitespace-nowrap" href={`tel:${nationwide.phone.dial}`}>
        <bdi dir="ltr">{nationwide.phone.display}</bdi>
      </a>
    </>
  );
}

/** Ends a text with a full stop unless it ends with one already (Latin, Arabic or Urdu), for a clean announcement. */
function asSentence(text: string): string {
  return /[.!?…۔؟]$/.test(text) ? text : `${text}.`;
}

/** The state in a few words, and for a stale count what was last reported. */
function describe(availability: Availability, texts: AvailabilityTexts, lang: string, timeZone: string): { status: string; history?: string } {
  switch (availability.state) {
    case 'loading':
      return { status: texts.loading };
    case 'free':
      return { status: plural(texts.free, availability.free, lang) };
    case 'full':
      return { status: texts.full };
    case 'unknown':
      if (!availability.lastReport) return { status: texts.unknown };
      return {
        status: texts.unknown,
        history: fill(texts.stale, {
          places: plural(texts.free, availability.lastReport.free, lang),
          time: dateAndTime(availability.lastReport.updated, lang, timeZone),
        }),
      };
  }
}

/**
 * Which centres have free places, from the availability feed. Server-rendered in the loading state; in
 * the browser it polls the feed and never shows a count it cannot vouch for: a missing, broken or old
 * count is "unknown – call", with the last report only as history.
 */
export default function AvailabilityIsland({ lang, timeZone, feedUrl, staleAfterMs, centres, nationwide, texts }: AvailabilityIslandProps) {
  const [feed, setFeed] = useState<FeedState>(initialFeedState);
  // The time by the server's clock where the phone's is behind (see clockLag).
  const lag = useRef(0);
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState('');
  // False in the server's HTML and until the island runs, so a page without JavaScript never claims to be loading.
  const [running, setRunning] = useState(false);
  const spoken = useRef<Map<string, string> | null>(null);

  useEffect(() => {
    setRunning(true);
    const capacities = new Map(centres.map((centre) => [centre.id, centre.capacity]));
    const stopPolling = startPolling({
      visibility: document,
      async load(signal) {
        const fetched = await fetchFeedText(feedUrl, signal);
        if (fetched.ok) lag.current = clockLag(fetched.serverTime, Date.now());
        const at = Date.now() + lag.current;
        const outcome = fetched.ok ? parseFeed(fetched.text, capacities, at) : fetched;
        setFeed((state) => afterRequest(state, outcome, at));
        setNow(at);
        return outcome.ok;
      },
    });
    // "5 minutes ago" moves on between requests too.
    const clock = setInterval(() => setNow(Date.now() + lag.current), tick);
    return () => {
      stopPolling();
      clearInterval(clock);
    };
  }, [centres, feedUrl]);

  const rows = centres.map((centre) => {
    const availability = availabilityOf(centre.id, feed, now, staleAfterMs);
    const { status, history } = describe(availability, texts, lang, timeZone);
    return { centre, availability, status, history, spoken: history ? `${asSentence(status)} ${history}` : status };
  });

  const noFeed = feed.settled && feed.reports === null;
  const outage = feed.failing && feed.receivedAt !== null ? fill(texts.outage, { time: dateAndTime(feed.receivedAt, lang, timeZone) }) : '';

  // Announce what changed, politely and only after the first answer: the list itself is there to read.
  useEffect(() => {
    if (!feed.settled) return;
    const current = new Map(rows.map((row) => [row.centre.id, row.spoken]));
    current.set('', outage ? texts.outage : '');
    const previous = spoken.current;
    spoken.current = current;
    if (!previous) return;
    const changed = rows
      .filter((row) => previous.get(row.centre.id) !== row.spoken)
      .map((row) => fill(texts.announcement, { name: row.centre.name, status: row.spoken }));
    if (outage && previous.get('') !== current.get('')) changed.unshift(outage);
    if (changed.length > 0) setAnnouncement(changed.map(asSentence).join(' '));
  });

  return (
    <div className="availability">
      {!running && <p className="mb-3 font-bold">{texts.beforeScript}</p>}
      {noFeed && (
        <p className="notice" data-availability-no-feed>
          {texts.noFeed} <NationwideCall text={texts.nationwide} nationwide={nationwide} />
        </p>
      )}
      {outage && (
        <p className="notice" data-availability-outage>
          {outage}
        </p>
      )}
      <ul className="grid gap-3 sm:grid-cols-2" role="list">
        {rows.map(({ centre, availability, status, history }) => {
          const known = availability.state === 'free' || availability.state === 'full';
          const stale = availability.state === 'unknown' && availability.reason === 'stale';
          return (
            <li
              key={centre.id}
              className="availability__centre"
              data-availability-for={centre.id}
              data-availability={availability.state}
              data-free-places={known ? availability.free : undefined}
              data-stale={stale ? 'true' : undefined}
            >
              <a className="card-link call-card" href={`tel:${centre.phone.dial}`}>
                <span className="call-card__name" lang="da">
                  {centre.name}
                </span>
                <bdi className="call-card__number" dir="ltr">
                  {centre.phone.display}
                </bdi>
                {centre.note && <span className="text-sm text-muted">{centre.note}</span>}
              </a>
              <div className="availability__details">
                {running && (
                  <p className="availability__status">
                    <span className="availability__mark" aria-hidden="true" />
                    <span>{status}</span>
                  </p>
                )}
                {history && <p className="text-sm">{history}</p>}
                {known && (
                  <p className="text-sm text-muted">
                    {fill(texts.updated, { ago: timeAgo(availability.updated, now, lang), time: dateAndTime(availability.updated, lang, timeZone) })}
                  </p>
                )}
                {known && availability.note && (
                  <p className="availability__note" dir="auto">
                    {availability.note}
                  </p>
                )}
                {(availability.state === 'full' || (availability.state === 'unknown' && !noFeed)) && (
                  <p className="text-sm">
                    {availability.state === 'full' ? texts.callAnyway : texts.unknownWhy} <NationwideCall text={texts.nationwide} nationwide={nationwide} />
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <p className="sr-only" role="status">
        {announcement}
      </p>
    </div>
  );
}
