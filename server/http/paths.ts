/** The staff pages' addresses, in one place. Everything lives under /personale/, the one prefix a proxy passes on. */
export const staffPrefix = '/personale';

/** Whether a path is one of the staff pages' (the only paths that read or set a cookie). */
export const isStaffPath = (path: string) => path === staffPrefix || path.startsWith(`${staffPrefix}/`);

export const staffPaths = {
  report: `${staffPrefix}/`,
  signIn: `${staffPrefix}/log-ind/`,
  signOut: `${staffPrefix}/log-ud/`,
  enrol: `${staffPrefix}/tilmeld/`,
  submit: `${staffPrefix}/meld/`,
  admin: `${staffPrefix}/admin/`,
  logCsv: `${staffPrefix}/admin/log.csv`,
  revoke: `${staffPrefix}/admin/luk-adgang/`,
  health: `${staffPrefix}/health`,
  enrolCheck: `${staffPrefix}/api/enrol/check`,
  enrolOptions: `${staffPrefix}/api/enrol/options`,
  enrolVerify: `${staffPrefix}/api/enrol/verify`,
  signInOptions: `${staffPrefix}/api/sign-in/options`,
  signInVerify: `${staffPrefix}/api/sign-in/verify`,
  asset: (name: string) => `${staffPrefix}/assets/${name}`,
} as const;

/** The enrolment link for an invite: the token after `#`, so it never reaches a server's or proxy's log. */
export function enrolmentUrl(origin: string, token: string): string {
  return `${origin}${staffPaths.enrol}#${token}`;
}

/** A staff path in English, or in Danish (the default, without a parameter). */
export function withLang(path: string, lang: 'da' | 'en', query: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...(lang === 'en' ? { lang } : {}), ...query });
  const text = params.toString();
  const [base, hash] = path.split('#') as [string, string | undefined];
  return `${base}${text ? `?${text}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}
