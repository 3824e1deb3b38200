/**
 * What the console learns at run time from /config.json (written by `npm start` locally
 * and by CDK at deploy), so one bundle serves every stage and no stage's settings are
 * baked into the JavaScript.
 */
export interface ConsoleConfig {
  /** `local`: the "sign in as" page over the local key; `cognito`: the hosted UI; `none`: public pages only. */
  readonly auth: 'local' | 'cognito' | 'none';
  readonly stage: string;
  readonly graphqlUrl: string;
  readonly explorer?: string;
  readonly cognito?: { readonly domain: string; readonly clientId: string };
}

const fallback: ConsoleConfig = { auth: 'none', stage: 'unknown', graphqlUrl: '/graphql' };

export const loadConfig = async (): Promise<ConsoleConfig> => {
  try {
    const response = await fetch('/config.json', { headers: { accept: 'application/json' } });
    if (!response.ok) return fallback;
    return { ...fallback, ...((await response.json()) as Partial<ConsoleConfig>) };
  } catch {
    return fallback;
  }
};
