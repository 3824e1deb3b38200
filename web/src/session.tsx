import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * Who is signed in: the bearer token and what the console shows about it. The API decides
 * what the token may do; the console only reads the claims to choose which menu to show.
 * Kept in sessionStorage so closing the browser signs out.
 */
export interface Session {
  readonly token: string;
  readonly role: string;
  readonly jurisdictions: readonly string[];
  readonly agency?: string;
  readonly label: string;
}

const KEY = 'eg.session';

/** The token's claims as the console may read them (the API verifies the token; this only decodes it). */
export const tokenClaims = (token: string): { exp?: number; sub?: unknown; email?: unknown } =>
  JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number; sub?: unknown; email?: unknown };

const read = (): Session | null => {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    const payload = tokenClaims(session.token);
    return payload.exp && payload.exp * 1000 < Date.now() ? null : session;
  } catch {
    return null;
  }
};

export const currentToken = (): string | null => read()?.token ?? null;

interface SessionApi {
  readonly session: Session | null;
  signIn(session: Session): void;
  signOut(): void;
}

const SessionContext = createContext<SessionApi>({ session: null, signIn: () => {}, signOut: () => {} });

export const SessionProvider = ({ children, onChange }: { children: ReactNode; onChange: () => void }) => {
  const [session, setSession] = useState<Session | null>(read);
  const signIn = useCallback((next: Session) => {
    sessionStorage.setItem(KEY, JSON.stringify(next));
    setSession(next);
    onChange();
  }, [onChange]);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(KEY);
    setSession(null);
    onChange();
  }, [onChange]);
  const api = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
};

export const useSession = (): SessionApi => useContext(SessionContext);
