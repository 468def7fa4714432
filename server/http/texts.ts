/**
 * Every word of the staff pages, in Danish (the staff's language) and English (for colleagues who read
 * it better). Functions where a text takes numbers or names, so a sentence is never glued from pieces.
 */
import { staffNoteMaxLength } from '../domain/report.ts';

export const staffLangs = ['da', 'en'] as const;
export type StaffLang = (typeof staffLangs)[number];

export function staffLangOf(value: unknown): StaffLang {
  return value === 'en' ? 'en' : 'da';
}

const ledige = (n: number) => (n === 1 ? 'ledig plads' : 'ledige pladser');
const places = (n: number) => (n === 1 ? 'place' : 'places');
const noteMax = staffNoteMaxLength;

const da = {
  siteName: 'Krisecentre i København · Personale',
  otherLanguage: { label: 'English', lang: 'en' as StaffLang },
  signOut: 'Log ud',
  admin: 'Administration',
  report: 'Ledige pladser',
  centresNav: 'Krisecentrene',
  skip: 'Gå til indholdet',
  noScriptPasskey:
    'Adgangsnøglen ligger i telefonen, og browseren skal have JavaScript slået til for at bruge den. Alt andet på disse sider virker uden.',
  working: 'Vent et øjeblik …',

  signIn: {
    title: 'Log ind',
    intro:
      'Log ind med den adgangsnøgle, du lavede på denne telefon. Telefonen spørger efter fingeraftryk, ansigt eller kode. Du skal ikke skrive noget.',
    button: 'Log ind med adgangsnøgle',
    cancelled: 'Du blev ikke logget ind: telefonen bekræftede ikke, at det var dig. Prøv igen.',
    unknownPasskey:
      'Den adgangsnøgle kan ikke bruges her (den er slettet, eller din adgang er lukket). Bed en administrator om et nyt link.',
    failed: 'Du blev ikke logget ind. Prøv igen om lidt.',
    lostPhone: 'Mistet telefonen? Ring til en administrator, som lukker den gamle adgang og sender dig et nyt link.',
    signedOut: 'Du er logget ud.',
    expired: 'Du var logget ind for længe eller har ikke brugt siden i 12 timer. Log ind igen.',
  },

  enrol: {
    title: 'Lav din adgangsnøgle',
    introCentre: (centre: string, name: string) =>
      `Hej ${name}. Du er inviteret til at melde ledige pladser for ${centre}. Tryk på knappen, og bekræft med fingeraftryk, ansigt eller telefonens kode. Så er du logget ind.`,
    introAdmin: (name: string) =>
      `Hej ${name}. Du er inviteret som administrator: du kan melde for alle krisecentre og se loggen. Tryk på knappen, og bekræft med fingeraftryk, ansigt eller telefonens kode.`,
    button: 'Lav adgangsnøgle',
    keep: 'Adgangsnøglen gemmes i telefonen. Næste gang logger du ind på /personale/log-ind/ uden at skrive noget.',
    missing: 'Linket mangler sin kode. Åbn hele linket fra invitationen igen.',
    unknown: 'Dette link virker ikke. Tjek, at hele linket kom med, eller bed en administrator om et nyt.',
    used: 'Dette link er allerede brugt. Et link virker kun én gang. Log ind, eller bed om et nyt link.',
    expired: 'Dette link er udløbet: det virker i 48 timer. Bed en administrator om et nyt.',
    revoked: 'Din adgang er lukket. Tal med en administrator.',
    cancelled: 'Adgangsnøglen blev ikke lavet: telefonen bekræftede ikke, at det var dig. Prøv igen.',
    failed: 'Adgangsnøglen blev ikke lavet. Prøv igen om lidt.',
  },

  centre: {
    publicNow: 'På hjemmesiden nu',
    freeOf: (n: number, capacity: number) => `${ledige(n)} af ${capacity}`,
    full: 'Fuldt: ingen ledige pladser',
    neverReported: 'Ukendt: ingen har meldt et tal endnu',
    stale: (n: number) => `Ukendt: tallet er for gammelt (sidst ${n} ledige)`,
    reported: (ago: string, time: string, by: string | null) => `Meldt ${ago} (${time})${by ? ` af ${by}` : ' fra serveren'}.`,
    turnsUnknown: (when: string) => `Bliver „ukendt“ på hjemmesiden ${when}, hvis ingen bekræfter tallet.`,
    isUnknown: 'Hjemmesiden viser „ukendt – ring og spørg“. Bekræft eller sæt tallet.',
    note: (note: string) => `Note på hjemmesiden: ${note}`,
    confirm: (n: number) => `Uændret – stadig ${n}`,
    plus: '+1',
    plusLabel: '+1: én plads mere er ledig',
    minus: '−1',
    minusLabel: '−1: én plads mindre er ledig',
    full_: 'Fuldt',
    setLegend: 'Sæt antal',
    available: (capacity: number) => `Ledige pladser (0–${capacity})`,
    noteLabel: `Note til hjemmesiden (valgfri, højst ${noteMax} tegn)`,
    noteHint: 'Noten står ved tallet på hjemmesiden. Den forsvinder, når tallet ændres med +1, −1 eller Fuldt.',
    setButton: 'Sæt antal',
  },

  saved: {
    count: (centre: string, n: number) => `Gemt: ${centre} har nu ${n} ${ledige(n)}.`,
    full: (centre: string) => `Gemt: ${centre} er fuldt.`,
    confirm: (centre: string, n: number) => `Gemt: ${centre} har stadig ${n} ${ledige(n)}. Tiden er opdateret.`,
    notPublished: 'Hjemmesiden viser det ikke endnu: den kunne ikke skrives. Det prøves igen hvert halve minut.',
  },
  refused: {
    'at-capacity': (capacity: number) => `Ikke gemt: alle ${capacity} pladser er allerede ledige.`,
    'at-zero': 'Ikke gemt: tallet er allerede 0 (fuldt).',
    'no-count': 'Ikke gemt: der er intet tal endnu. Sæt antallet først.',
    'changed-meanwhile': (by: string, n: number, time: string) =>
      `Ikke gemt: ${by} ændrede tallet til ${n} kl. ${time}, mens du havde siden åben. Se det nye tal, og sæt igen, hvis det ikke passer.`,
    'out-of-range': (capacity: number) => `Ikke gemt: antallet skal være et helt tal fra 0 til ${capacity}.`,
    noteTooLong: `Ikke gemt: noten må højst være ${noteMax} tegn.`,
    notYours: 'Ikke gemt: du kan kun melde for dit eget krisecenter.',
    badRequest: 'Ikke gemt: meldingen kunne ikke læses. Genindlæs siden, og prøv igen.',
  },
  someoneElse: 'en kollega',
  commandLine: 'serveren',

  errors: {
    rateLimited: 'For mange forsøg på kort tid. Vent lidt, og prøv igen.',
    crossSite: 'Afvist: forespørgslen kom ikke fra personalesiden.',
    signInFirst: 'Du er ikke logget ind. Log ind, og prøv igen.',
    adminOnly: 'Kun for administratorer.',
    notFound: 'Siden findes ikke.',
    tooLarge: 'Afvist: forespørgslen er for stor.',
    server: 'Noget gik galt hos os. Prøv igen om lidt. Ring til krisecentret, hvis det haster.',
  },

  adminPage: {
    title: 'Administration',
    centres: 'Krisecentrene',
    centre: 'Krisecenter',
    onSite: 'På hjemmesiden',
    age: 'Meldt',
    by: 'Af',
    never: 'aldrig',
    log: 'Loggen (de seneste 100)',
    logCsv: 'Hent hele loggen som CSV',
    when: 'Tidspunkt',
    who: 'Hvem',
    what: 'Hvad',
    change: 'Fra → til, eller hvem',
    note: 'Note',
    staff: 'Personale',
    name: 'Navn',
    reportsFor: 'Melder for',
    everyCentre: 'alle (administrator)',
    passkeys: 'Adgangsnøgler',
    lastSignIn: 'Sidst logget ind',
    status: 'Status',
    active: 'aktiv',
    invited: 'inviteret',
    revoked: 'lukket',
    revoke: (name: string) => `Luk adgang for ${name}`,
    revokeShort: 'Luk adgang',
    revokeConfirm: (name: string) => `Luk adgangen for ${name}? ${name} logges ud med det samme og kan ikke logge ind igen.`,
    revokedDone: (name: string) => `${name} kan ikke længere logge ind.`,
    inviteHow: 'Nye medarbejdere og nye telefoner: npm run staff -- invite på serveren (se docs/staff-service.md).',
  },
  actions: {
    plus: '+1',
    minus: '−1',
    confirm: 'uændret',
    full: 'fuldt',
    set: 'sat',
    invite: 'inviteret',
    'invite-admin': 'inviteret som administrator',
    reinvite: 'nyt link',
    'reinvite-replace': 'nyt link, gamle nøgler slettet',
    enrol: 'adgangsnøgle lavet',
    revoke: 'adgang lukket',
    rename: 'nyt navn',
  } as Record<string, string>,
};

export type StaffTexts = typeof da;

const en: StaffTexts = {
  siteName: 'Crisis centres in Copenhagen · Staff',
  otherLanguage: { label: 'Dansk', lang: 'da' },
  signOut: 'Sign out',
  admin: 'Administration',
  report: 'Free places',
  centresNav: 'The crisis centres',
  skip: 'Skip to content',
  noScriptPasskey:
    'The passkey is kept in the phone, and the browser needs JavaScript turned on to use it. Everything else on these pages works without.',
  working: 'One moment …',

  signIn: {
    title: 'Sign in',
    intro: 'Sign in with the passkey you made on this phone. The phone asks for your fingerprint, face or code. You do not type anything.',
    button: 'Sign in with passkey',
    cancelled: 'You were not signed in: the phone did not confirm it was you. Try again.',
    unknownPasskey: 'That passkey cannot be used here (it was removed, or your access was closed). Ask an administrator for a new link.',
    failed: 'You were not signed in. Try again in a moment.',
    lostPhone: 'Lost your phone? Call an administrator, who closes the old access and sends you a new link.',
    signedOut: 'You are signed out.',
    expired: 'You were signed in for too long or did not use the page for 12 hours. Sign in again.',
  },

  enrol: {
    title: 'Make your passkey',
    introCentre: (centre: string, name: string) =>
      `Hello ${name}. You are invited to report free places for ${centre}. Press the button and confirm with your fingerprint, face or the phone's code. Then you are signed in.`,
    introAdmin: (name: string) =>
      `Hello ${name}. You are invited as an administrator: you can report for every crisis centre and see the log. Press the button and confirm with your fingerprint, face or the phone's code.`,
    button: 'Make passkey',
    keep: 'The passkey is saved in the phone. Next time you sign in at /personale/log-ind/ without typing anything.',
    missing: 'The link is missing its code. Open the whole link from the invitation again.',
    unknown: 'This link does not work. Check that the whole link came through, or ask an administrator for a new one.',
    used: 'This link has been used already. A link works once only. Sign in, or ask for a new link.',
    expired: 'This link has expired: it works for 48 hours. Ask an administrator for a new one.',
    revoked: 'Your access is closed. Talk to an administrator.',
    cancelled: 'The passkey was not made: the phone did not confirm it was you. Try again.',
    failed: 'The passkey was not made. Try again in a moment.',
  },

  centre: {
    publicNow: 'On the website now',
    freeOf: (n: number, capacity: number) => `free ${places(n)} of ${capacity}`,
    full: 'Full: no free places',
    neverReported: 'Unknown: nobody has reported a number yet',
    stale: (n: number) => `Unknown: the number is too old (last ${n} free)`,
    reported: (ago: string, time: string, by: string | null) => `Reported ${ago} (${time})${by ? ` by ${by}` : ' from the server'}.`,
    turnsUnknown: (when: string) => `Turns "unknown" on the website ${when} unless someone confirms it.`,
    isUnknown: 'The website shows "unknown – call and ask". Confirm or set the number.',
    note: (note: string) => `Note on the website: ${note}`,
    confirm: (n: number) => `Unchanged – still ${n}`,
    plus: '+1',
    plusLabel: '+1: one more place is free',
    minus: '−1',
    minusLabel: '−1: one place fewer is free',
    full_: 'Full',
    setLegend: 'Set number',
    available: (capacity: number) => `Free places (0–${capacity})`,
    noteLabel: `Note for the website (optional, at most ${noteMax} characters)`,
    noteHint: 'The note stands by the number on the website. It goes when the number changes with +1, −1 or Full.',
    setButton: 'Set number',
  },

  saved: {
    count: (centre: string, n: number) => `Saved: ${centre} now has ${n} free ${places(n)}.`,
    full: (centre: string) => `Saved: ${centre} is full.`,
    confirm: (centre: string, n: number) => `Saved: ${centre} still has ${n} free ${places(n)}. The time is updated.`,
    notPublished: 'The website does not show it yet: it could not be written. It is tried again every half minute.',
  },
  refused: {
    'at-capacity': (capacity: number) => `Not saved: all ${capacity} places are free already.`,
    'at-zero': 'Not saved: the number is 0 already (full).',
    'no-count': 'Not saved: there is no number yet. Set the number first.',
    'changed-meanwhile': (by: string, n: number, time: string) =>
      `Not saved: ${by} changed the number to ${n} at ${time} while you had the page open. Look at the new number and set it again if it is wrong.`,
    'out-of-range': (capacity: number) => `Not saved: the number must be a whole number from 0 to ${capacity}.`,
    noteTooLong: `Not saved: the note may be ${noteMax} characters at most.`,
    notYours: 'Not saved: you can report for your own crisis centre only.',
    badRequest: 'Not saved: the report could not be read. Reload the page and try again.',
  },
  someoneElse: 'a colleague',
  commandLine: 'the server',

  errors: {
    rateLimited: 'Too many attempts in a short time. Wait a little and try again.',
    crossSite: 'Refused: the request did not come from the staff pages.',
    signInFirst: 'You are not signed in. Sign in and try again.',
    adminOnly: 'For administrators only.',
    notFound: 'There is no such page.',
    tooLarge: 'Refused: the request is too large.',
    server: 'Something went wrong on our side. Try again in a moment. Call the crisis centre if it is urgent.',
  },

  adminPage: {
    title: 'Administration',
    centres: 'The crisis centres',
    centre: 'Crisis centre',
    onSite: 'On the website',
    age: 'Reported',
    by: 'By',
    never: 'never',
    log: 'The log (latest 100)',
    logCsv: 'Download the whole log as CSV',
    when: 'Time',
    who: 'Who',
    what: 'What',
    change: 'From → to, or whom',
    note: 'Note',
    staff: 'Staff',
    name: 'Name',
    reportsFor: 'Reports for',
    everyCentre: 'all (administrator)',
    passkeys: 'Passkeys',
    lastSignIn: 'Last signed in',
    status: 'Status',
    active: 'active',
    invited: 'invited',
    revoked: 'closed',
    revoke: (name: string) => `Close access for ${name}`,
    revokeShort: 'Close access',
    revokeConfirm: (name: string) => `Close access for ${name}? ${name} is signed out at once and cannot sign in again.`,
    revokedDone: (name: string) => `${name} can no longer sign in.`,
    inviteHow: 'New staff and new phones: npm run staff -- invite on the server (see docs/staff-service.md).',
  },
  actions: {
    plus: '+1',
    minus: '−1',
    confirm: 'unchanged',
    full: 'full',
    set: 'set',
    invite: 'invited',
    'invite-admin': 'invited as administrator',
    reinvite: 'new link',
    'reinvite-replace': 'new link, old passkeys removed',
    enrol: 'passkey made',
    revoke: 'access closed',
    rename: 'new name',
  },
};

export const staffTexts: Record<StaffLang, StaffTexts> = { da, en };
