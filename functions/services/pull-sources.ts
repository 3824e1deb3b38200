/**
 * Which source each pulled jurisdiction comes from, as this deployment's configuration says
 * (docs/exchange.md "Who may pull"): `PULL_SOURCES`, the `sources` of a pull.json (name,
 * url, jurisdictions; tokens are ignored) given inline as JSON or as the path of the file.
 * A jurisdiction no source names is never pulled here: not by first come, not by anyone.
 * A configuration that cannot be read stops the server at start, rather than pulling from
 * something nobody asked for.
 */
import { readFileSync } from 'node:fs';

export interface PullSource {
  readonly name: string;
  /** The source deployment's GraphQL URL, normalised (`new URL(…).href`). */
  readonly url: string;
  readonly jurisdictions: readonly string[];
}

const NAME = /^[A-Za-z0-9._-]{1,64}$/;
const JURISDICTION = /^[A-Z0-9]{2,3}$/;

export const normaliseUrl = (url: string): string | null => {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
};

/** The bindings of `value` (JSON text or a file path); throws naming what is wrong. */
export const parsePullSources = (value: string | undefined): PullSource[] => {
  if (!value || !value.trim()) return [];
  const text = value.trim().startsWith('[') || value.trim().startsWith('{') ? value : readFileSync(value.trim(), 'utf8');
  const parsed = JSON.parse(text) as unknown;
  const list = Array.isArray(parsed) ? parsed : (parsed as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(list)) throw new Error('PULL_SOURCES: expected a list of { name, url, jurisdictions } or a pull.json with "sources"');
  const sources: PullSource[] = [];
  const bound = new Map<string, string>();
  for (const [i, raw] of list.entries()) {
    const s = raw as { name?: unknown; url?: unknown; jurisdictions?: unknown };
    const url = typeof s.url === 'string' ? normaliseUrl(s.url) : null;
    if (typeof s.name !== 'string' || !NAME.test(s.name)) throw new Error(`PULL_SOURCES[${i}]: name must be 1–64 letters, digits, dots, dashes or underscores`);
    if (!url) throw new Error(`PULL_SOURCES[${i}] (${s.name}): url must be an http(s) URL`);
    if (!Array.isArray(s.jurisdictions) || s.jurisdictions.length === 0 || s.jurisdictions.some((j) => typeof j !== 'string' || !JURISDICTION.test(j))) {
      throw new Error(`PULL_SOURCES[${i}] (${s.name}): jurisdictions must be a non-empty list of codes like "04"`);
    }
    for (const j of s.jurisdictions as string[]) {
      const other = bound.get(j);
      if (other) throw new Error(`PULL_SOURCES: jurisdiction ${j} is bound to both ${other} and ${s.name}; one source per jurisdiction`);
      bound.set(j, s.name);
    }
    sources.push({ name: s.name, url, jurisdictions: [...(s.jurisdictions as string[])] });
  }
  return sources;
};

/** The source this deployment binds `jur` to, if any. */
export const sourceOf = (sources: readonly PullSource[] | undefined, jur: string): PullSource | null =>
  sources?.find((s) => s.jurisdictions.includes(jur)) ?? null;
