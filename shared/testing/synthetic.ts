// A deterministic synthetic production for benchmarks and tests: `syntheticProduction({ credits: 20_000, seed: 1 })`
// gives the same document every time, with department sizes shaped like a large feature (a few heads per
// department, crews that grow with the size, visual effects and cast the largest), names in many scripts, some
// people credited twice, company credits, cast characters, and justified contributions on producing credits.
// Ids look like the app's (UUIDs) but come from the seeded generator, so two runs compare equal.
import { BUILT_IN_CONTRIBUTION_TYPES, DEFAULT_JUSTIFICATION_TITLE_IDS, PRODUCING_DEPARTMENT_ID, seedDepartments, seedTitles } from '../model/library';
import { DEFAULT_STYLE, emptyContact } from '../model/create';
import { FORMAT_NAME, FORMAT_VERSION } from '../model/schema';
import type { Company, Contribution, Credit, CreditStatus, CreditTitle, Person, RollcallDocument } from '../model/types';
import { CHARACTER_NAMES, COMPANY_NAMES, EVIDENCE, JUSTIFICATIONS, NAME_SCRIPTS, type NameScript } from './name-parts';

export interface SyntheticOptions {
  credits: number;
  seed?: number | string;
  title?: string;
}

/** A small fast seeded generator (mulberry32); good enough for test data, not for anything secret. */
export interface Rng {
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  uuid(): string;
}

export function seededRng(seed: number | string = 1): Rng {
  let state = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const hex = (len: number) => {
    let s = '';
    for (let i = 0; i < len; i++) s += int(16).toString(16);
    return s;
  };
  return {
    next,
    int,
    pick: (items) => items[int(items.length)],
    chance: (p) => next() < p,
    // Joined, not a template of +=-built pieces: V8 would keep that as a tree of some 40 linked strings, which every
    // hash and comparison walks, where ids read from a file or made by newId are one flat string.
    uuid: () => [hex(8), '-', hex(4), '-4', hex(3), '-', (8 + int(4)).toString(16), hex(3), '-', hex(12)].join(''),
  };
}

function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Heads: a fixed number of credits whatever the size. Crews: a share of everything beyond the heads.
 * Shares follow big-studio end crawls, where visual effects and cast run longest.
 */
const HEADS: Record<string, number> = {
  'title:produced-by': 2, 'title:producer': 3, 'title:executive-producer': 6, 'title:co-executive-producer': 2,
  'title:supervising-producer': 1, 'title:co-producer': 3, 'title:line-producer': 1, 'title:consulting-producer': 1,
  'title:associate-producer': 5, 'title:directed-by': 1, 'title:second-unit-director': 1, 'title:written-by': 1,
  'title:screenplay-by': 2, 'title:story-by': 1, 'title:based-on': 1, 'title:starring': 5,
  'title:unit-production-manager': 1, 'title:production-supervisor': 1, 'title:first-assistant-director': 1,
  'title:director-of-photography': 1, 'title:gaffer': 1, 'title:key-grip': 1, 'title:production-designer': 1,
  'title:set-decorator': 1, 'title:property-master': 1, 'title:costume-designer': 1, 'title:makeup-department-head': 1,
  'title:hair-department-head': 1, 'title:production-sound-mixer': 1, 'title:supervising-sound-editor': 1,
  'title:re-recording-mixer': 2, 'title:edited-by': 1, 'title:post-production-supervisor': 1,
  'title:visual-effects-supervisor': 2, 'title:music-by': 1, 'title:music-supervisor': 1, 'title:location-manager': 1,
  'title:transportation-coordinator': 1, 'title:production-accountant': 1, 'title:production-counsel': 1,
  'title:stunt-coordinator': 1, 'title:casting-by': 1,
};

const CREW_SHARES: Record<string, number> = {
  'title:cast': 10, 'title:stand-in': 1, 'title:production-assistant': 4, 'title:production-coordinator': 1,
  'title:second-assistant-director': 1, 'title:camera-operator': 1, 'title:first-assistant-camera': 1.5,
  'title:second-assistant-camera': 1.5, 'title:digital-imaging-technician': 0.5, 'title:electrician': 5, 'title:grip': 5,
  'title:best-boy-electric': 1, 'title:art-director': 1, 'title:set-designer': 2, 'title:set-dresser': 3,
  'title:assistant-props': 1.5, 'title:costume-supervisor': 0.5, 'title:set-costumer': 3, 'title:makeup-artist': 3,
  'title:hair-stylist': 2.5, 'title:boom-operator': 0.5, 'title:assistant-editor': 2, 'title:post-production-coordinator': 1,
  'title:colorist': 0.5, 'title:compositor': 30, 'title:visual-effects-producer': 1, 'title:music-editor': 0.5,
  'title:location-scout': 1, 'title:driver': 5, 'title:caterer': 1.5, 'title:craft-services': 1, 'title:payroll-accountant': 1,
  'title:clearances': 0.5, 'title:stunt-performer': 4, 'title:casting-associate': 1, 'title:special-thanks': 8,
};

const MAIN_TITLE_DEPARTMENTS = new Set(['dept:producers', 'dept:directing', 'dept:writing']);
const MAIN_TITLES = new Set(['title:starring', 'title:director-of-photography', 'title:production-designer', 'title:edited-by', 'title:music-by', 'title:casting-by', 'title:costume-designer']);
/** Titles whose credits carry an explicit billing order (cast lists, producers); crews sort by name. */
const BILLED_DEPARTMENTS = new Set(['dept:producers', 'dept:cast', 'dept:writing']);

/** Largest-remainder apportionment of `total` over `weights`, so that the counts always add up exactly. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k][1]]++;
  return counts;
}

/** How many credits each title gets for a production of `total` credits. */
export function syntheticTitleCounts(total: number, titles: readonly CreditTitle[] = seedTitles()): Map<string, number> {
  const known = new Set(titles.map((t) => t.id));
  const heads = Object.entries(HEADS).filter(([id]) => known.has(id));
  const crews = Object.entries(CREW_SHARES).filter(([id]) => known.has(id));
  const headTotal = heads.reduce((a, [, n]) => a + n, 0);
  const counts = new Map<string, number>();
  const headCounts = total < headTotal ? apportion(total, heads.map(([, n]) => n)) : heads.map(([, n]) => n);
  heads.forEach(([id], i) => counts.set(id, headCounts[i]));
  const crewCounts = apportion(Math.max(0, total - headTotal), crews.map(([, w]) => w));
  crews.forEach(([id], i) => counts.set(id, (counts.get(id) ?? 0) + crewCounts[i]));
  return counts;
}

function pickScript(rng: Rng): NameScript {
  const total = NAME_SCRIPTS.reduce((a, s) => a + s.weight, 0);
  let r = rng.next() * total;
  for (const script of NAME_SCRIPTS) {
    r -= script.weight;
    if (r < 0) return script;
  }
  return NAME_SCRIPTS[0];
}

export function syntheticName(rng: Rng): string {
  const script = pickScript(rng);
  const given = rng.pick(script.given);
  const middle = script.middle && rng.chance(0.6) ? rng.pick(script.middle) : '';
  const family = rng.pick(script.family);
  if (script.order === 'family-first') return [family, middle + given].join(script.separator);
  return [given, middle, family].filter(Boolean).join(script.separator);
}

const BASE_TIME = Date.UTC(2026, 0, 5, 9, 0, 0);
const at = (minutes: number) => new Date(BASE_TIME + minutes * 60_000).toISOString();

function pickStatus(rng: Rng): CreditStatus {
  const r = rng.next();
  return r < 0.5 ? 'approved' : r < 0.7 ? 'proposed' : r < 0.95 ? 'draft' : 'locked';
}

function contributionsFor(rng: Rng, credit: { titleId: string }, minute: number): Contribution[] {
  const count = credit.titleId === 'title:associate-producer' ? 1 : 1 + rng.int(3);
  const types = shuffled(rng, BUILT_IN_CONTRIBUTION_TYPES).slice(0, count);
  return types.map((type) => {
    const key = type.id.slice('contribution:'.length) as keyof typeof JUSTIFICATIONS;
    return {
      id: rng.uuid(),
      typeId: type.id,
      justification: rng.pick(JUSTIFICATIONS[key]),
      evidence: rng.pick(EVIDENCE),
      recordedBy: 'Production Office',
      recordedAt: at(minute),
    };
  });
}

/** A complete, schema-valid production document of exactly `credits` credits. */
export function syntheticProduction(options: SyntheticOptions): RollcallDocument {
  const rng = seededRng(options.seed ?? 1);
  const departments = seedDepartments();
  const titles = seedTitles();
  const counts = syntheticTitleCounts(Math.max(0, Math.floor(options.credits)), titles);
  const companies: Company[] = COMPANY_NAMES.map((name) => ({ id: rng.uuid(), name, logoImageId: null, contact: emptyContact(), notes: '' }));
  const people: Person[] = [];
  const credits: Credit[] = [];
  let minute = 0;

  const newPerson = (): Person => {
    const person: Person = {
      id: rng.uuid(),
      name: syntheticName(rng),
      sortName: '',
      legalName: '',
      pronouns: rng.chance(0.1) ? rng.pick(['she/her', 'he/him', 'they/them']) : '',
      guilds: [],
      contact: rng.chance(0.3) ? { email: `crew${people.length}@example.com`, phone: `+44 20 7946 ${String(people.length % 10000).padStart(4, '0')}`, address: '', agent: '' } : emptyContact(),
      notes: '',
    };
    people.push(person);
    return person;
  };

  for (const title of titles) {
    const count = counts.get(title.id) ?? 0;
    const billed = BILLED_DEPARTMENTS.has(title.departmentId);
    const main = MAIN_TITLE_DEPARTMENTS.has(title.departmentId) || MAIN_TITLES.has(title.id);
    const usedPeople = new Set<string>();
    for (let i = 0; i < count; i++) {
      minute += 1 + rng.int(5);
      const company = title.id === 'title:special-thanks' && rng.chance(0.1);
      // Some crew are credited twice (a grip who also drove): reuse a person not yet on this title.
      let person: Person | undefined;
      if (!company && people.length > 20 && rng.chance(0.04)) {
        const candidate = people[rng.int(people.length)];
        if (!usedPeople.has(candidate.id)) person = candidate;
      }
      person ??= company ? undefined : newPerson();
      if (person) usedPeople.add(person.id);
      const status = pickStatus(rng);
      const approved = status === 'approved' || status === 'locked';
      const isCast = title.id === 'title:cast' || title.id === 'title:starring';
      credits.push({
        id: rng.uuid(),
        titleId: title.id,
        subject: person ? { kind: 'person', personId: person.id } : { kind: 'company', companyId: rng.pick(companies).id },
        placement: main ? 'main' : 'end',
        billing: billed ? i + 1 : 0,
        creditedAs: person && rng.chance(0.01) ? `${person.name} Jr.` : '',
        character: isCast ? characterName(i) : '',
        uncredited: rng.chance(0.005),
        teamId: '',
        pgaMark: title.pgaEligible && rng.chance(0.5),
        episodes: 'all',
        status,
        contractNotes: rng.chance(0.02) ? 'Credit per deal memo; size and placement approved by legal.' : '',
        contributions: title.departmentId === PRODUCING_DEPARTMENT_ID ? contributionsFor(rng, { titleId: title.id }, minute) : [],
        approvedBy: approved ? 'Legal' : '',
        approvedAt: approved ? at(minute + 60) : null,
        createdAt: at(minute),
        updatedAt: at(minute + 30),
      });
    }
  }

  return {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    production: {
      id: rng.uuid(),
      title: options.title ?? 'Night Train',
      kind: 'feature',
      year: 2026,
      companyIds: companies.slice(0, 2).map((c) => c.id),
      episodes: [],
      policy: { justificationRequiredTitleIds: [...DEFAULT_JUSTIFICATION_TITLE_IDS] },
      createdAt: at(0),
      updatedAt: at(minute + 60),
    },
    departments,
    titles,
    contributionTypes: BUILT_IN_CONTRIBUTION_TYPES.map((t) => ({ ...t })),
    people,
    companies,
    credits,
    songs: [],
    images: [],
    paragraphs: [],
    style: { ...DEFAULT_STYLE },
    audit: [],
    revisions: [],
  };
}

/** Fisher-Yates on a copy, driven by the seeded generator. */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function characterName(index: number): string {
  const base = CHARACTER_NAMES[index % CHARACTER_NAMES.length];
  const round = Math.floor(index / CHARACTER_NAMES.length);
  return round === 0 ? base : `${base} ${round + 1}`;
}
