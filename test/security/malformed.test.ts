import type { APIGatewayProxyResult } from 'aws-lambda';
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditReads, systemScope, type AuditSelector } from '../../functions/data';
import { createHandler } from '../../functions/graphql/handler';
import { typeDefs } from '../../functions/graphql/resolvers/typeDefs.generated';
import { lambdaContext } from '../helpers/events';
import { startHarness, type Harness } from '../helpers/harness';
import { rawGraphqlEvent, type RawEventOptions } from '../helpers/raw-events';

/**
 * Security hardening point 7: 1,000 seeded-random malformed requests through the real
 * Lambda handler — broken JSON, wrong types, unknown fields, huge strings, invalid dates
 * and IDs, bad page sizes, random unicode, deep nesting, nulls — for every mutation in
 * the schema (read from the generated typeDefs, so new mutations are covered), with a
 * province admin's token. No response may be a 5xx or carry INTERNAL_SERVER_ERROR, and
 * nothing may be written: every request carries at least one definitely invalid part
 * (a jurisdiction the token does not hold, IDs no record has, a stale expectedVersion, or
 * an input GraphQL itself refuses), and the audit trail of every jurisdiction is counted
 * before and after.
 *
 * Reproduce one failure: FUZZ_SEED and the category and index printed with it;
 * FUZZ_DUMP=<file> writes every request's outcome as JSON lines.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed2026);
const PER_CATEGORY = 100;
/** Jurisdictions the admin token does not hold; poisoned inputs write "there". */
const FOREIGN = ['99', 'ZZ', '01', 'VN', '4', '004', '04 ', '24#'];
/** Jurisdictions whose audit trail must not grow. */
const WATCHED = ['04', '24', '99', 'ZZ', '01', 'VN'];
/** Versions no record is at. */
const STALE = [-1, -(2 ** 31), 2 ** 31 - 1, 999_999];

// ---------------------------------------------------------------------------------------------
// A small seeded PRNG (mulberry32), so every run sends the same requests.

class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

const seedOf = (name: string): number => [...name].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, SEED ^ 2166136261);

// ---------------------------------------------------------------------------------------------
// The schema, as the server builds it.

const schema = buildASTSchema(typeDefs, { assumeValidSDL: true });
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
const pagedQueries = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((f) => f.args.some((a) => a.name === 'first'));

const selectionOf = (type: GraphQLOutputType): string => {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = named.getFields();
  if (fields.userErrors) return '{ __typename userErrors { code field } }';
  if (fields.pageInfo) return '{ __typename pageInfo { hasNextPage endCursor } }';
  return '{ __typename }';
};

const documentOf = (field: GraphQLField<unknown, unknown>, operation: 'mutation' | 'query' = 'mutation'): string => {
  const vars = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${operation} Fuzz${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field.type)} }`;
};

// ---------------------------------------------------------------------------------------------
// Values: well-typed random values, then poisons and malformations.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

interface Profile {
  /** String values; `field` is the field's name. */
  string(rng: Rng, field: string): string;
  id(rng: Rng, field: string): string;
  date(rng: Rng): string;
  dateTime(rng: Rng): string;
  int(rng: Rng, field: string): number;
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

const WORDS = ['Kế hoạch', 'Sở KH&CN', 'khởi nghiệp', 'abc', 'Hội Nông dân tỉnh', 'x', '', ' ', '523/KH-UBND', '3.1', '2026-Q3'];

/** Strings from every corner of Unicode, lone surrogates, controls and noncharacters included. */
const unicodeString = (rng: Rng, length: number): string => {
  const ranges: [number, number][] = [
    [0x00, 0x1f], // controls, NUL
    [0x20, 0x7e],
    [0x7f, 0x9f],
    [0x300, 0x36f], // combining marks
    [0x1ea0, 0x1ef9], // Vietnamese
    [0x200b, 0x200f], // zero width, LRM/RLM
    [0x202a, 0x202e], // bidi overrides
    [0xd800, 0xdfff], // lone surrogates
    [0xe000, 0xf8ff], // private use
    [0xfdd0, 0xfdef], // noncharacters
    [0xfeff, 0xfeff], // BOM
    [0xfff0, 0xffff],
    [0x1f300, 0x1faff], // emoji
    [0x10fff0, 0x10ffff],
  ];
  let out = '';
  while (out.length < length) {
    const [lo, hi] = rng.pick(ranges);
    out += String.fromCodePoint(rng.int(lo, hi));
  }
  return out;
};

const INVALID_DATES = [
  '2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29', '2026-01-32', '9999-99-99', '0000-00-00', 'yesterday', '',
  '2026-1-1', '20260101', '2026-01-01T00:00:00Z', '+275760-09-13', '-000001-01-01', '2026-01-01 ', '２０２６-01-01', '2026/01/01',
  'Quý III/2026', 'NaN', '1e10',
];
const INVALID_DATE_TIMES = [
  '2026-01-01', '2026-01-01T25:00:00Z', '2026-02-30T00:00:00Z', 'now', '2026-01-01T00:00:00', '2026-01-01T00:00:00+25:00',
  '1e20', '', '2026-01-01T00:00:00.1234567890Z', '+275760-09-13T00:00:00.000Z', 'T', '2026-W01',
];

const invalidId = (rng: Rng): string =>
  rng.pick<() => string>([
    () => '',
    () => 'not-an-id',
    () => '💥'.repeat(rng.int(1, 40)),
    () => b64(`Plan:99:p${rng.int(0, 1e6)}`),
    () => b64(`Plan:04:nope-${rng.int(0, 1e6)}`),
    () => b64(`Task:24:nope-${rng.int(0, 1e6)}`),
    () => b64(`Startup:04:nope-${rng.int(0, 1e6)}`),
    () => b64('Task:04:'),
    () => b64(`Plan:04:../../${rng.int(0, 99)}`),
    () => b64('Nope:04:x'),
    () => b64(`Agency:ZZ:${'x'.repeat(80)}`),
    () => b64(`Plan:04:${'y'.repeat(81)}`),
    () => 'A'.repeat(rng.int(100, 5000)),
    () => '\u0000\u0001\u0002',
    () => '====',
    () => b64(unicodeString(rng, 12)),
  ])();

const normalProfile: Profile = {
  string: (rng) => (rng.chance(0.7) ? rng.pick(WORDS) : `${rng.pick(WORDS)} ${rng.int(0, 9999)}`),
  id: (rng) => invalidId(rng),
  date: (rng) => `20${rng.int(20, 45)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
  dateTime: (rng) => `20${rng.int(20, 45)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}T0${rng.int(0, 9)}:00:00Z`,
  int: (rng) => rng.int(-5, 3000),
};

/** Whether a scalar field is an ID, a Date … by its named type. */
const namedOf = (type: GraphQLInputType): string => getNamedType(type).name;

const valueOf = (type: GraphQLInputType, rng: Rng, profile: Profile, field: string, depth: number): Json => {
  if (isNonNullType(type)) return valueOf(type.ofType as GraphQLInputType, rng, profile, field, depth);
  if (isListType(type)) {
    const n = depth > 3 ? 0 : rng.int(0, 3);
    return Array.from({ length: n }, () => valueOf(type.ofType as GraphQLInputType, rng, profile, field, depth + 1));
  }
  if (isInputObjectType(type)) return objectOf(type, rng, profile, depth + 1);
  if (isEnumType(type)) return rng.pick(type.getValues()).name;
  switch (type.name) {
    case 'String':
      return profile.string(rng, field);
    case 'Int':
      return profile.int(rng, field);
    case 'Float':
      return rng.chance(0.5) ? rng.int(-10, 10_000) : Math.round(rng.next() * 1e6) / 100;
    case 'Boolean':
      return rng.chance(0.5);
    case 'ID':
      return profile.id(rng, field);
    case 'Date':
      return profile.date(rng);
    case 'DateTime':
      return profile.dateTime(rng);
    case 'EmailAddress':
      return rng.pick(['hoa@example.vn', 'a@b.co']);
    case 'URL':
      return rng.pick(['https://example.vn/bao-cao.pdf', 'http://localhost/x']);
    case 'Decimal':
      return String(rng.int(0, 1e9));
    default:
      return profile.string(rng, field);
  }
};

const objectOf = (type: GraphQLInputObjectType, rng: Rng, profile: Profile, depth: number): Obj => {
  const out: Obj = {};
  for (const field of Object.values(type.getFields())) {
    if (isNonNullType(field.type) || (depth < 4 && rng.chance(0.5))) {
      out[field.name] = valueOf(field.type, rng, profile, field.name, depth);
    }
  }
  return out;
};

/** Real IDs of the seeded plans, tasks, indicators and agencies, by type, for inputs that name a record that exists. */
const pool = new Map<string, string[]>();

const realId = (rng: Rng, hint: string): string | null => {
  const typed = pool.get(hint);
  if (typed?.length && rng.chance(0.8)) return rng.pick(typed);
  const all = [...pool.values()].flat();
  return all.length ? rng.pick(all) : null;
};

/** The type a mutation's `id` (or a field like `task`) most likely names: planUpdate → Plan, taskReportSubmit → TaskReport. */
const hintOf = (mutation: string, field: string): string => {
  if (field !== 'id') return field.charAt(0).toUpperCase() + field.slice(1);
  return [...pool.keys()].filter((t) => mutation.toLowerCase().startsWith(t.toLowerCase())).sort((a, b) => b.length - a.length)[0] ?? '';
};

/**
 * Makes the input definitely invalid without GraphQL refusing it, so the resolvers run:
 * a jurisdiction the token does not hold; or a real record with a stale expectedVersion;
 * or IDs no record has in every required ID field. Returns what it did, for the report.
 */
const poison = (input: Obj, type: GraphQLInputObjectType, rng: Rng, mutation: string): string => {
  const fields = type.getFields();
  if (fields.jurisdiction && namedOf(fields.jurisdiction.type) === 'String') {
    input.jurisdiction = rng.pick(FOREIGN);
    return 'foreign jurisdiction';
  }
  const requiredIds = Object.values(fields).filter((f) => isNonNullType(f.type) && !isListType(f.type.ofType) && namedOf(f.type) === 'ID');
  if (fields.expectedVersion && requiredIds.length === 1 && rng.chance(0.5)) {
    const name = requiredIds[0]!.name;
    const id = realId(rng, hintOf(mutation, name));
    if (id) {
      input[name] = id;
      input.expectedVersion = rng.pick(STALE);
      return 'stale version';
    }
  }
  if (requiredIds.length) {
    for (const f of requiredIds) input[f.name] = invalidId(rng);
    if (fields.expectedVersion) input.expectedVersion = rng.pick(STALE);
    return 'unknown IDs';
  }
  input[`__fuzz${rng.int(0, 999)}`] = 1;
  return 'unknown field';
};

/** Fields the poison owns; malformations that could make them valid again leave them alone. */
const POISONED = new Set(['jurisdiction', 'expectedVersion']);

interface Spot {
  readonly holder: Obj;
  readonly name: string;
  readonly type: GraphQLInputType;
}

/** Every field of an input (nested ones too) that the generated value has, with its type. */
const spotsOf = (value: Obj, type: GraphQLInputObjectType, out: Spot[] = []): Spot[] => {
  for (const field of Object.values(type.getFields())) {
    if (!(field.name in value)) continue;
    out.push({ holder: value, name: field.name, type: field.type });
    const inner = getNamedType(field.type);
    const v = value[field.name];
    if (isInputObjectType(inner)) {
      for (const item of Array.isArray(v) ? v : [v]) if (item && typeof item === 'object' && !Array.isArray(item)) spotsOf(item as Obj, inner, out);
    }
  }
  return out;
};

/** Every field of `type` whose named type passes `keep`, added to `value` if missing (top level only). */
const forceFields = (value: Obj, type: GraphQLInputObjectType, rng: Rng, profile: Profile, keep: (named: string, field: string) => boolean) => {
  for (const field of Object.values(type.getFields())) {
    if (!(field.name in value) && keep(namedOf(field.type), field.name)) value[field.name] = valueOf(field.type, rng, profile, field.name, 1);
  }
};

const wrongValueFor = (type: GraphQLInputType, rng: Rng): Json => {
  const named = getNamedType(type);
  const core = isNonNullType(type) ? type.ofType : type;
  if (isListType(core)) {
    // A list accepts a single item (coerced to [item]), so break the items instead.
    if (isInputObjectType(named)) return [rng.pick<Json>([1, 'x', true, [[]]])];
    return [rng.pick<Json>([{}, [[1]], { a: 1 }])];
  }
  if (isInputObjectType(named)) return rng.pick<Json>(['x', 42, true, [1, 2], 0]);
  if (isEnumType(named)) return rng.pick<Json>(['NOT_A_VALUE', named.getValues()[0]!.name.toLowerCase(), 1, true, {}]);
  switch (named.name) {
    case 'Int':
      return rng.pick<Json>(['12', 1.5, 2 ** 31, -(2 ** 31) - 1, true, {}, 1e21]);
    case 'Float':
      return rng.pick<Json>(['1.5', true, {}, [[]]]);
    case 'Boolean':
      return rng.pick<Json>(['true', 1, 0, 'false', {}]);
    case 'ID':
      return rng.pick<Json>([true, 1.5, {}, { id: 'x' }, [[]]]);
    default:
      return rng.pick<Json>([123, true, {}, 1.5, { value: 'x' }, [[]]]);
  }
};

const nested = (depth: number, leaf: Json, kind: 'object' | 'list'): Json => {
  let v: Json = leaf;
  for (let i = 0; i < depth; i++) v = kind === 'object' ? { a: v } : [v];
  return v;
};

// ---------------------------------------------------------------------------------------------
// Requests.

interface FuzzRequest {
  readonly category: string;
  readonly index: number;
  readonly target: string;
  readonly note: string;
  readonly body: string | null;
  readonly options?: RawEventOptions;
}

let adminToken = '';
const auth = (): Record<string, string> => ({ 'content-type': 'application/json', authorization: `Bearer ${adminToken}` });

/** A well-typed, poisoned request for a mutation: the base every category malforms. */
const baseRequest = (field: GraphQLField<unknown, unknown>, rng: Rng, profile: Profile) => {
  const variables: Obj = {};
  const notes: string[] = [];
  const inputs: { value: Obj; type: GraphQLInputObjectType }[] = [];
  for (const arg of field.args) {
    const named = getNamedType(arg.type);
    if (isInputObjectType(named)) {
      const value = objectOf(named, rng, profile, 0);
      notes.push(poison(value, named, rng, field.name));
      variables[arg.name] = value;
      inputs.push({ value, type: named });
    } else {
      variables[arg.name] = valueOf(arg.type, rng, profile, arg.name, 0);
      if (namedOf(arg.type) === 'ID') variables[arg.name] = invalidId(rng);
    }
  }
  if (!inputs.length) notes.push('no input object');
  return { query: documentOf(field), variables, inputs, note: notes.join(', ') };
};

const jsonRequest = (category: string, index: number, target: string, note: string, payload: unknown, headers = auth()): FuzzRequest => ({
  category,
  index,
  target,
  note,
  body: JSON.stringify(payload),
  options: { headers },
});

type Maker = (rng: Rng, field: GraphQLField<unknown, unknown>, index: number) => FuzzRequest;

const hugeProfile = (rng: Rng): Profile => ({
  ...normalProfile,
  string: (r, field) =>
    POISONED.has(field) || !r.chance(0.4) ? normalProfile.string(r, field) : r.pick(['Ư', 'a', '💥', ' ', '\\"']).repeat(rng.int(10_000, 250_000)),
});

const unicodeProfile: Profile = {
  ...normalProfile,
  string: (rng, field) => (POISONED.has(field) ? normalProfile.string(rng, field) : unicodeString(rng, rng.int(1, 400))),
  id: (rng) => (rng.chance(0.5) ? unicodeString(rng, rng.int(1, 60)) : invalidId(rng)),
};

const invalidDateProfile: Profile = {
  ...normalProfile,
  date: (rng) => rng.pick(INVALID_DATES),
  dateTime: (rng) => rng.pick(INVALID_DATE_TIMES),
  string: (rng, field) => (/period|on$|date|from|to/i.test(field) ? rng.pick([...INVALID_DATES, '2026-Q5', '2026-Q0', 'Q3']) : normalProfile.string(rng, field)),
};

const EXTREME_INTS = [-1, 0, -(2 ** 31), 2 ** 31 - 1, 101, 1_000_000, -999];
const extremeIntProfile: Profile = {
  ...normalProfile,
  int: (rng, field) => (POISONED.has(field) ? rng.pick(STALE) : rng.pick(EXTREME_INTS)),
};

const CATEGORIES: Record<string, Maker> = {
  brokenJson: (rng, field, index) => {
    const base = baseRequest(field, rng, normalProfile);
    const good = JSON.stringify({ query: base.query, variables: base.variables });
    const variants: [string, () => { body: string | null; options?: RawEventOptions }][] = [
      ['truncated', () => ({ body: good.slice(0, rng.int(0, good.length - 1)) })],
      ['garbage', () => ({ body: Array.from({ length: rng.int(1, 300) }, () => String.fromCharCode(rng.int(32, 126))).join('') })],
      ['trailing garbage', () => ({ body: good + rng.pick(['}', 'x', ',', '{}', ']']) })],
      ['single quotes', () => ({ body: good.replace(/"/g, "'") })],
      ['bad escape', () => ({ body: good.replace('"query"', '"qu\\ery"') })],
      ['raw control char', () => ({ body: good.replace('mutation', 'muta\u0001tion') })],
      ['NaN', () => ({ body: '{"query": NaN, "variables": {}}' })],
      ['comment', () => ({ body: `/* c */ ${good}` })],
      ['not an object', () => ({ body: rng.pick(['null', 'true', '0', '"query"', '[]', '[{}]', '[1,2]', '{}']) })],
      ['empty', () => ({ body: rng.pick(['', null]) })],
      ['deep array', () => ({ body: '['.repeat(rng.int(1000, 100_000)) + (rng.chance(0.5) ? '' : ']'.repeat(1000)) })],
      ['deep valid array', () => { const n = rng.int(1000, 50_000); return { body: '['.repeat(n) + ']'.repeat(n) }; }],
      ['query not a string', () => ({ body: JSON.stringify({ query: rng.pick<Json>([5, { a: 1 }, ['mutation'], true, null]), variables: base.variables }) })],
      ['variables not an object', () => ({ body: JSON.stringify({ query: base.query, variables: rng.pick<Json>(['x', 5, [1], true]) }) })],
      ['extensions not an object', () => ({ body: JSON.stringify({ query: base.query, variables: base.variables, extensions: rng.pick<Json>(['x', 5, [1]]) }) })],
      ['operationName not a string', () => ({ body: JSON.stringify({ query: base.query, variables: base.variables, operationName: rng.pick<Json>([5, {}, ['Fuzz']]) }) })],
      ['invalid base64', () => ({ body: rng.pick(['!!!not base64!!!', '%%%', good.slice(0, 20)]), options: { headers: auth(), isBase64Encoded: true } })],
      ['base64 of garbage', () => ({ body: Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28]).toString('base64'), options: { headers: auth(), isBase64Encoded: true } })],
      ['text/plain', () => ({ body: good, options: { headers: { ...auth(), 'content-type': rng.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) } } })],
      ['no content type', () => ({ body: good, options: { headers: { authorization: `Bearer ${adminToken}` } } })],
      ['utf-16 charset', () => ({ body: good, options: { headers: { ...auth(), 'content-type': 'application/json; charset=utf-16' } } })],
      ['mutation over GET', () => ({ body: null, options: { headers: auth(), method: 'GET', query: { query: base.query, variables: JSON.stringify(base.variables) } } })],
      ['GET with a bare percent', () => ({ body: null, options: { headers: auth(), method: 'GET', query: { query: `{ viewer { role } } # ${rng.pick(['100%', '%', '%E0%A4%A', '%zz'])}` } } })],
      ['GET with broken variables', () => ({ body: null, options: { headers: auth(), method: 'GET', query: { query: '{ viewer { role } }', variables: '{"a":' } } })],
      ['batched', () => ({ body: JSON.stringify([{ query: base.query, variables: base.variables }, { query: base.query, variables: base.variables }]) })],
    ];
    const [name, make] = rng.pick(variants);
    const made = make();
    return { category: 'brokenJson', index, target: field.name, note: `${name}; ${base.note}`, body: made.body, options: made.options ?? { headers: auth() } };
  },

  wrongTypes: (rng, field, index) => {
    const base = baseRequest(field, rng, normalProfile);
    const notes: string[] = [];
    const input = base.inputs[0];
    if (!input || rng.chance(0.1)) {
      const arg = field.args[0]?.name ?? 'input';
      base.variables[arg] = rng.pick<Json>(['x', 5, [], true, [{}]]);
      notes.push(`whole ${arg} wrong`);
    } else {
      const spots = spotsOf(input.value, input.type);
      for (let k = rng.int(1, 3); k > 0; k--) {
        const spot = rng.pick(spots);
        spot.holder[spot.name] = wrongValueFor(spot.type, rng);
        notes.push(`${spot.name}: ${String(spot.type)}`);
      }
    }
    return jsonRequest('wrongTypes', index, field.name, `${notes.join(', ')}; ${base.note}`, { query: base.query, variables: base.variables });
  },

  unknownFields: (rng, field, index) => {
    const base = baseRequest(field, rng, normalProfile);
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'jurisdictionn', 'id ', 'Id', `extra${rng.int(0, 99)}`, '', '💥', 'version', 'pk', 'actor'];
    const input = base.inputs[0];
    let note: string;
    if (input && rng.chance(0.85)) {
      const objects = [input.value, ...spotsOf(input.value, input.type).map((s) => s.holder)];
      const target = rng.pick(objects);
      const name = rng.pick(names);
      target[name] = rng.pick<Json>([1, 'x', { polluted: true }, null, [1]]);
      note = `unknown field ${JSON.stringify(name)}`;
    } else {
      base.variables[`extra${rng.int(0, 9)}`] = { a: 1 };
      note = 'undeclared variable';
    }
    return jsonRequest('unknownFields', index, field.name, `${note}; ${base.note}`, { query: base.query, variables: base.variables });
  },

  hugeStrings: (rng, field, index) => {
    const profile = hugeProfile(rng);
    const base = baseRequest(field, rng, profile);
    const input = base.inputs[0];
    if (input) forceFields(input.value, input.type, rng, profile, (named, name) => named === 'String' && !POISONED.has(name) && rng.chance(0.5));
    const where = rng.int(0, 9);
    if (where >= 5 && input) {
      // Past the resolvers' first checks: the caller's own jurisdiction (or real parents) and
      // required names of 300,000 characters (600 kB in UTF-8, over DynamoDB's 400 kB item
      // limit), so only the length rules stand between the input and a write.
      const names = Object.values(input.type.getFields()).filter(
        (f) => isNonNullType(f.type) && namedOf(f.type) === 'String' && !isListType(f.type.ofType) && !['jurisdiction', 'text'].includes(f.name),
      );
      const fields = input.type.getFields();
      if (names.length && !fields.expectedVersion) {
        if (fields.jurisdiction) input.value.jurisdiction = rng.pick(['04', '24']);
        for (const f of Object.values(fields)) {
          if (isNonNullType(f.type) && namedOf(f.type) === 'ID' && !isListType(f.type.ofType)) input.value[f.name] = realId(rng, hintOf(field.name, f.name)) ?? invalidId(rng);
        }
        for (const f of names) input.value[f.name] = 'Ư'.repeat(300_000);
        return jsonRequest('hugeStrings', index, field.name, `oversize ${names.map((f) => f.name).join(', ')} in the caller's own jurisdiction`, {
          query: base.query,
          variables: base.variables,
        });
      }
    }
    if (where === 0) {
      // A huge literal in the document itself.
      return jsonRequest('hugeStrings', index, field.name, `huge literal in the document; ${base.note}`, {
        query: `${base.query} # ${'x'.repeat(rng.int(10_000, 300_000))}`,
        variables: base.variables,
      });
    }
    if (where === 1) {
      return jsonRequest('hugeStrings', index, field.name, `huge operationName; ${base.note}`, {
        query: base.query,
        variables: base.variables,
        operationName: 'F'.repeat(rng.int(10_000, 100_000)),
      });
    }
    return jsonRequest('hugeStrings', index, field.name, `huge string fields; ${base.note}`, { query: base.query, variables: base.variables });
  },

  invalidDates: (rng, field, index) => {
    const base = baseRequest(field, rng, invalidDateProfile);
    const input = base.inputs[0];
    if (input) forceFields(input.value, input.type, rng, invalidDateProfile, (named) => named === 'Date' || named === 'DateTime');
    return jsonRequest('invalidDates', index, field.name, `invalid dates; ${base.note}`, { query: base.query, variables: base.variables });
  },

  invalidIds: (rng, field, index) => {
    const base = baseRequest(field, rng, normalProfile);
    const input = base.inputs[0];
    if (input) {
      forceFields(input.value, input.type, rng, normalProfile, (named) => named === 'ID');
      for (const spot of spotsOf(input.value, input.type)) {
        if (namedOf(spot.type) !== 'ID') continue;
        const v = spot.holder[spot.name];
        spot.holder[spot.name] = Array.isArray(v) ? v.map(() => invalidId(rng)) : invalidId(rng);
      }
    }
    return jsonRequest('invalidIds', index, field.name, `invalid IDs everywhere; ${base.note}`, { query: base.query, variables: base.variables });
  },

  pageSizes: (rng, field, index) => {
    if (index % 2 === 0 && pagedQueries.length) {
      // A list read with a page size outside 1–100, as a variable or a literal.
      const q = pagedQueries[(index / 2) % pagedQueries.length]!;
      const first = rng.pick<Json>([-1, 0, 101, 1000, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 1.5, '10', -0.5]);
      const variables: Obj = {};
      for (const arg of q.args) {
        if (arg.name === 'first') variables.first = first;
        else if (isNonNullType(arg.type) || rng.chance(0.3)) variables[arg.name] = valueOf(arg.type, rng, normalProfile, arg.name, 0);
      }
      if (rng.chance(0.3)) {
        const literal = typeof first === 'number' && Number.isInteger(first) ? String(first) : JSON.stringify(first);
        const query = documentOf(q, 'query').replace('first: $first', `first: ${literal}`).replace(/\$first: Int,? ?/, '').replace('Fuzz()', 'Fuzz');
        delete variables.first;
        return jsonRequest('pageSizes', index, q.name, `first literal ${literal}`, { query, variables });
      }
      return jsonRequest('pageSizes', index, q.name, `first ${JSON.stringify(first)}`, { query: documentOf(q, 'query'), variables });
    }
    if (index % 4 === 1) {
      // A nested list with a page size outside 1–100.
      const first = rng.pick([-1, 0, 101, 100_000]);
      return jsonRequest('pageSizes', index, 'plans.tasks', `nested first ${first}`, {
        query: `query { plans(first: 2) { nodes { id tasks(first: ${first}) { nodes { id } } } } }`,
      });
    }
    // A mutation whose Int fields are all negative or oversized.
    const base = baseRequest(field, rng, extremeIntProfile);
    const input = base.inputs[0];
    if (input) forceFields(input.value, input.type, rng, extremeIntProfile, (named, name) => (named === 'Int' || named === 'Float') && !POISONED.has(name));
    return jsonRequest('pageSizes', index, field.name, `extreme numbers; ${base.note}`, { query: base.query, variables: base.variables });
  },

  randomUnicode: (rng, field, index) => {
    const base = baseRequest(field, rng, unicodeProfile);
    const input = base.inputs[0];
    if (input) forceFields(input.value, input.type, rng, unicodeProfile, (named, name) => named === 'String' && !POISONED.has(name));
    if (rng.chance(0.15)) {
      // Unicode in the document: names, and a BOM in front.
      return jsonRequest('randomUnicode', index, field.name, `unicode in the document; ${base.note}`, {
        query: `\ufeff${base.query.replace('Fuzz', `Fuzz${unicodeString(rng, 5)}`)}`,
        variables: base.variables,
      });
    }
    return jsonRequest('randomUnicode', index, field.name, `unicode strings; ${base.note}`, { query: base.query, variables: base.variables });
  },

  deepNesting: (rng, field, index) => {
    const base = baseRequest(field, rng, normalProfile);
    const input = base.inputs[0];
    const depth = rng.pick([50, 200, 1000, 2500]);
    const variant = rng.int(0, 3);
    if (variant <= 1 && input) {
      const spots = spotsOf(input.value, input.type).filter((s) => !POISONED.has(s.name));
      const holder = spots.length ? rng.pick(spots) : { holder: input.value, name: `deep${depth}` };
      holder.holder[holder.name] = nested(depth, 'x', variant === 0 ? 'object' : 'list');
      return jsonRequest('deepNesting', index, field.name, `${variant === 0 ? 'object' : 'list'} nested ${depth} deep at ${holder.name}; ${base.note}`, {
        query: base.query,
        variables: base.variables,
      });
    }
    if (variant === 2) {
      // A deeply nested literal list inside the document.
      const arg = field.args[0]?.name ?? 'input';
      const literal = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
      const query = `mutation { ${field.name}(${arg}: { id: "x", jurisdiction: "ZZ", deep: ${literal} }) { __typename } }`;
      return jsonRequest('deepNesting', index, field.name, `literal list nested ${depth} deep`, { query });
    }
    // Inline fragments nested deep on the payload.
    const payload = getNamedType(field.type).name;
    const d = Math.min(depth, 600);
    const selection = `{ ... on ${payload} `.repeat(d) + '{ __typename }' + ' }'.repeat(d);
    return jsonRequest('deepNesting', index, field.name, `inline fragments nested ${d} deep; ${base.note}`, {
      query: base.query.replace(selectionOf(field.type), selection),
      variables: base.variables,
    });
  },

  nullsAndMissing: (rng, field, index) => {
    const base = baseRequest(field, rng, normalProfile);
    const input = base.inputs[0];
    const arg = field.args[0]?.name ?? 'input';
    const variant = rng.int(0, 6);
    let query = base.query;
    let payload: Record<string, unknown>;
    let note: string;
    if (variant === 0 && input) {
      const required = spotsOf(input.value, input.type).filter((s) => isNonNullType(s.type));
      const spot = required.length ? rng.pick(required) : null;
      if (spot) spot.holder[spot.name] = null;
      note = `null ${spot?.name ?? '(none)'}`;
      if (!spot) input.value[`__fuzz`] = 1;
      payload = { query, variables: base.variables };
    } else if (variant === 1 && input) {
      const required = Object.values(input.type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
      const f = required.length ? rng.pick(required) : null;
      if (f) delete input.value[f.name];
      else input.value.__fuzz = 1;
      note = `missing ${f?.name ?? '(none)'}`;
      payload = { query, variables: base.variables };
    } else if (variant === 2) {
      note = `${arg} null`;
      payload = { query, variables: { ...base.variables, [arg]: null } };
    } else if (variant === 3) {
      note = 'no variables';
      payload = rng.chance(0.5) ? { query } : { query, variables: null };
    } else if (variant === 4) {
      query = query.replace(/\(\$(\w+): [^)]*\)/, '($$$1: String)');
      note = 'variable declared with the wrong type';
      payload = { query, variables: base.variables };
    } else if (variant === 5) {
      note = 'two operations, no operationName';
      payload = { query: `${query} ${query.replace('Fuzz', 'Fuzz2')}`, variables: base.variables };
    } else {
      note = 'operationName names no operation';
      payload = { query, variables: base.variables, operationName: 'Nope' };
    }
    return jsonRequest('nullsAndMissing', index, field.name, `${note}; ${base.note}`, payload);
  },
};

// ---------------------------------------------------------------------------------------------
// Running and judging.

interface Outcome {
  readonly request: FuzzRequest;
  readonly status: number | 'threw';
  readonly codes: string[];
  readonly ms: number;
  readonly body: string;
}

let h: Harness;
let handler: ReturnType<typeof createHandler>;
const outcomes: Outcome[] = [];
const auditBefore = new Map<string, number>();

const auditCount = async (jur: string): Promise<number> => {
  const reads = new AuditReads(h.store);
  const scope = systemScope('malformed-test', [jur]);
  const selector: AuditSelector = { by: 'jurisdiction', jur };
  let n = 0;
  let after: string | null = null;
  for (;;) {
    const page = await reads.list(scope, selector, { limit: 100, after });
    n += page.items.length;
    if (!page.hasNextPage || !page.items.length) return n;
    after = reads.cursorOf(selector, {}, page.items[page.items.length - 1]!);
  }
};

const send = async (request: FuzzRequest): Promise<Outcome> => {
  const started = Date.now();
  let outcome: Outcome;
  try {
    const result = (await handler(rawGraphqlEvent(request.body, request.options ?? { headers: auth() }), lambdaContext())) as APIGatewayProxyResult;
    const body = String(result.body ?? '');
    let codes: string[] = [];
    try {
      const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[]; data?: Record<string, { userErrors?: { code: string }[] } | null> };
      codes = [
        ...(parsed.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE')),
        ...Object.values(parsed.data ?? {}).flatMap((p) => (p && Array.isArray(p.userErrors) ? p.userErrors.map((u) => `userError:${u.code}`) : [])),
      ];
    } catch {
      codes = body.includes('INTERNAL_SERVER_ERROR') ? ['INTERNAL_SERVER_ERROR'] : ['non-JSON body'];
    }
    outcome = { request, status: result.statusCode, codes, ms: Date.now() - started, body };
  } catch (error) {
    outcome = { request, status: 'threw', codes: [String((error as Error).message)], ms: Date.now() - started, body: String((error as Error).stack) };
  }
  outcomes.push(outcome);
  return outcome;
};

const isBroken = (o: Outcome): boolean => o.status === 'threw' || o.status >= 500 || o.codes.includes('INTERNAL_SERVER_ERROR');

const describeFailure = (o: Outcome): string =>
  [
    `[${o.request.category} #${o.request.index} seed ${SEED}] ${o.request.target} (${o.request.note}) → ${o.status} ${o.codes.join(',')}`,
    `  request: ${JSON.stringify({ body: o.request.body?.slice(0, 1500) ?? null, bodyLength: o.request.body?.length ?? 0, options: { ...o.request.options, headers: { ...o.request.options?.headers, authorization: 'Bearer <admin 04,24>' } } })}`,
    `  response: ${o.body.slice(0, 500)}`,
  ].join('\n');

beforeAll(async () => {
  h = await startHarness({ seed: ['04', '24'] });
  handler = createHandler({ ...process.env, ...h.env });
  adminToken = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04', '24'], subject: 'fuzz-admin' });
  for (const jur of ['04', '24']) {
    const res = await h.gql<{
      plans: { nodes: { id: string; tasks: { nodes: { id: string }[] }; indicators: { nodes: { id: string }[] } }[] };
      agencies: { nodes: { id: string }[] };
    }>(
      `query($jur: String!) { plans(first: 10, filter: { jurisdiction: $jur }) { nodes { id tasks(first: 100) { nodes { id } } indicators(first: 100) { nodes { id } } } }
        agencies(first: 100, filter: { jurisdiction: $jur }) { nodes { id } } }`,
      { jur },
      adminToken,
    );
    const add = (type: string, ids: string[]) => pool.set(type, [...(pool.get(type) ?? []), ...ids]);
    add('Plan', res.data?.plans.nodes.map((p) => p.id) ?? []);
    add('Task', res.data?.plans.nodes.flatMap((p) => p.tasks.nodes.map((t) => t.id)) ?? []);
    add('Agency', res.data?.agencies.nodes.map((a) => a.id) ?? []);
    add('Indicator', res.data?.plans.nodes.flatMap((p) => p.indicators.nodes.map((i) => i.id)) ?? []);
  }
  for (const jur of WATCHED) auditBefore.set(jur, await auditCount(jur));
}, 120_000);

afterAll(async () => {
  const histogram = new Map<string, number>();
  for (const o of outcomes) histogram.set(String(o.status), (histogram.get(String(o.status)) ?? 0) + 1);
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms)[0];
  console.log(
    `malformed fuzz: ${outcomes.length} requests (seed ${SEED}, ${mutations.length} mutations), statuses ${[...histogram]
      .sort()
      .map(([s, n]) => `${s}×${n}`)
      .join(' ')}, broken ${outcomes.filter(isBroken).length}, slowest ${slowest?.ms ?? 0} ms (${slowest?.request.category} ${slowest?.request.target})`,
  );
  if (process.env.FUZZ_DUMP) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(process.env.FUZZ_DUMP, outcomes.map((o) => JSON.stringify({ c: o.request.category, i: o.request.index, t: o.request.target, n: o.request.note, s: o.status, codes: o.codes, ms: o.ms, body: o.body.slice(0, 300) })).join('\n'));
  }
  await h?.close();
});

describe('1,000 malformed requests through the real handler', () => {
  it('covers every mutation of the schema', () => {
    // Assess
    expect(mutations.length).toBeGreaterThan(10);
    expect(mutations.map((m) => m.name)).toEqual(expect.arrayContaining(['planCreate', 'planUpdate', 'taskCreate']));
    expect(PER_CATEGORY * Object.keys(CATEGORIES).length).toBe(1000);
    expect(PER_CATEGORY).toBeGreaterThanOrEqual(mutations.length);
  });

  for (const [category, make] of Object.entries(CATEGORIES)) {
    it(`${category}: no 5xx, no internal error`, async () => {
      // Prepare
      const rng = new Rng(seedOf(category));
      const offset = rng.int(0, mutations.length - 1);
      const requests = Array.from({ length: PER_CATEGORY }, (_, i) => make(rng, mutations[(i + offset) % mutations.length]!, i));
      // Act
      const results: Outcome[] = [];
      for (const request of requests) results.push(await send(request));
      // Assess
      const broken = results.filter(isBroken);
      if (broken.length) console.error(broken.map(describeFailure).join('\n'));
      expect(broken.map((o) => `${o.request.category} #${o.request.index} ${o.request.target}: ${o.status} ${o.codes.join(',')}`)).toEqual([]);
    }, 300_000);
  }

  it('wrote nothing: the audit trail of every jurisdiction is as it was', async () => {
    // Act
    const after = new Map<string, number>();
    for (const jur of WATCHED) after.set(jur, await auditCount(jur));
    // Assess
    expect(outcomes.length).toBe(PER_CATEGORY * Object.keys(CATEGORIES).length);
    expect(Object.fromEntries(after)).toEqual(Object.fromEntries(auditBefore));
    expect(auditBefore.get('04')).toBeGreaterThan(0);
  }, 120_000);
});
