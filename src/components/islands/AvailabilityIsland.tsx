import { useEffect, useRef, useState } from 'react';
import { fetchFeedText } from '../../lib/availability/fetch-feed.ts';
import { capacitiesOf, parseFeed } from '../../lib/availability/parse-feed.ts';
import { startPolling } from '../../lib/availability/poller.ts';
import {
  afterRequest,
  availabilityOf,
  clockLag,
  initialFeedState,
  type Availability,
  type FeedState,
} from '../../lib/availability/status.ts';
import { announcementOf, describeAvailability, type AvailabilityTexts, type Described } from '../../lib/availability/describe.ts';
import { dateAndTime, timeAgo } from '../../lib/availability/format.ts';
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

export interface AvailabilityIslandProps {
  lang: string;
  timeZone: string;
  feedUrl: string;
  staleAfterMs: number;
  centres: CentreForAvailability[];
  nationwide: { phone: Phone };
  texts: AvailabilityTexts;
}

/** How often "5 minutes ago" is worked out again between requests. */
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

/**
 * Polls the feed while the page is visible and keeps what it knows: the last readable feed, and the time by
 * the server's clock where the phone's is behind (see clockLag). `running` is false in the server's HTML and
 * until the island runs, so a page without JavaScript never claims to be loading.
 */
function useFeed(feedUrl: string, centres: readonly CentreForAvailability[]) {
  const [feed, setFeed] = useState<FeedState>(initialFeedState);
  const lag = useRef(0);
  const [now, setNow] = useState(() => Date.now());
  const [running, setRunning] = useState(false);
  useEffect(() => {
    setRunning(true);
    const capacities = capacitiesOf(centres.map((centre) => [centre.id, centre]));
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
    const clock = setInterval(() => setNow(Date.now() + lag.current), tick);
    return () => {
      stopPolling();
      clearInterval(clock);
    };
  }, [centres, feedUrl]);
  return { feed, now, running };
}

/** Announces what changed, politely and only after the first answer (src/lib/availability/describe.ts). */
function useAnnouncement(
  settled: boolean,
  rows: readonly { id: string; name: string; spoken: string }[],
  outage: string,
  texts: AvailabilityTexts,
): string {
  const [announcement, setAnnouncement] = useState('');
  const spoken = useRef<Map<string, string> | null>(null);
  useEffect(() => {
    if (!settled) return;
    const next = announcementOf(spoken.current, rows, outage, texts);
    spoken.current = next.current;
    if (next.announcement) setAnnouncement(next.announcement);
  });
  return announcement;
}

interface RowProps {
  centre: CentreForAvailability;
  availability: Availability;
  described: Described;
  running: boolean;
  /** No feed could be read at all: the list says so once above, not beside each centre. */
  noFeed: boolean;
  now: number;
  lang: string;
  timeZone: string;
  nationwide: AvailabilityIslandProps['nationwide'];
  texts: AvailabilityTexts;
}

/** One centre: its name and number to call, and what is known of its free places. */
function CentreRow({ centre, availability, described, running, noFeed, now, lang, timeZone, nationwide, texts }: RowProps) {
  const known = availability.state === 'free' || availability.state === 'full';
  const stale = availability.state === 'unknown' && availability.reason === 'stale';
  return (
    <li
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
            <span>{described.status}</span>
          </p>
        )}
        {described.history && <p className="text-sm">{described.history}</p>}
        {known && (
          <p className="text-sm text-muted">
            {fill(texts.updated, {
              ago: timeAgo(availability.updated, now, lang),
              time: dateAndTime(availability.updated, lang, timeZone),
            })}
          </p>
        )}
        {known && availability.note && (
          <p className="availability__note" dir="auto">
            {availability.note}
          </p>
        )}
        {(availability.state === 'full' || (availability.state === 'unknown' && !noFeed)) && (
          <p className="text-sm">
            {availability.state === 'full' ? texts.callAnyway : texts.unknownWhy}{' '}
            <NationwideCall text={texts.nationwide} nationwide={nationwide} />
          </p>
        )}
      </div>
    </li>
  );
}

/**
 * Which centres have free places, from the availability feed. Server-rendered in the loading state; in
 * the browser it polls the feed and never shows a count it cannot vouch for: a missing, broken or old
 * count is "unknown – call", with the last report only as history.
 */
export default function AvailabilityIsland({ lang, timeZone, feedUrl, staleAfterMs, centres, nationwide, texts }: AvailabilityIslandProps) {
  const { feed, now, running } = useFeed(feedUrl, centres);
  const rows = centres.map((centre) => {
    const availability = availabilityOf(centre.id, feed, now, staleAfterMs);
    return { centre, availability, described: describeAvailability(availability, texts, lang, timeZone) };
  });
  const noFeed = feed.settled && feed.reports === null;
  const outage = feed.failing && feed.receivedAt !== null ? fill(texts.outage, { time: dateAndTime(feed.receivedAt, lang, timeZone) }) : '';
  const announcement = useAnnouncement(
    feed.settled,
    rows.map(({ centre, described }) => ({ id: centre.id, name: centre.name, spoken: described.spoken })),
    outage,
    texts,
  );

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
        {rows.map(({ centre, availability, described }) => (
          <CentreRow key={centre.id} {...{ centre, availability, described, running, noFeed, now, lang, timeZone, nationwide, texts }} />
        ))}
      </ul>
      <p className="sr-only" role="status">
        {announcement}
      </p>
    </div>
  );
}
