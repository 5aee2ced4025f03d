// From a production document (and, for a series, one episode) to the roll. Pure and linear after one sort, so
// that the live preview recomposes 5,000 credits in a few milliseconds and the exporters handle 20,000.
//
// Rules (../shared/DOMAIN.md): main-title credits become opening cards, top-billed cast first and the director
// last; end credits run department by department in the production's order, each under its heading; inside a
// department by title order (producing titles in the Producers Guild order), then billing, then sort name.
// Names are ranked once per people list (sort-ranks.ts), so the one sort compares numbers.
// Uncredited credits are kept on record but left off. Then songs, thanks, logos and the legal notices.
import type { Company, Credit, CreditTitle, Department, Person, RollcallDocument } from '../model';
import { cleanName } from '../names/clean-text';
import { creditInEpisode, creditLookups, findEpisode } from './credit-lookups';
import { countNames, groupEntries, pgaMarkApplies, rollName, titleLabel } from './credit-names';
import { compareTitleOrder, isCastDepartment, isDirectingDepartment, isWritingDepartment, sortDepartments, type TitleOrder } from './order';
import { ROLL_FORMAT, ROLL_VERSION, type Roll, type RollBlock, type RollCard, type RollEntry, type RollName, type RollRow, type RollSection } from './types';

export interface ComposeOptions {
  /** For a series: only credits for all episodes or for this one. Null or absent: every credit. */
  episodeId?: string | null;
  /** Opening titles: one credit per card, or one card per title. Default: the style's `mainCards`. */
  mainCards?: 'single' | 'grouped';
  /** A title with at least this many names becomes a names-only group in columns (default 8). */
  groupThreshold?: number;
  /** Columns of role-name pairs. Default: the style's `pairColumns`. */
  pairColumns?: 1 | 2;
  /** Columns of names-only groups; default from the style's name columns, kept within 2-4. */
  groupColumns?: 2 | 3 | 4;
}

interface Placed {
  credit: Credit;
  title: CreditTitle;
  order: TitleOrder;
  /** Place in sort-name order (see sort-ranks.ts). */
  nameRank: number;
  name: RollName;
}

const HOLD_ALONE_SECONDS = 4;
const HOLD_SHARED_SECONDS = 3;
const SECTION_SPACER_LINES = 2;

export function composeRoll(document: RollcallDocument, options: ComposeOptions = {}): Roll {
  const production = document.production;
  const episode = findEpisode(document, options.episodeId);
  const { orders, titles, departments, people, companies, nameRanks, cleanSubjectName } = creditLookups(document);
  const warnings: string[] = [];
  let uncredited = 0;

  const main: Placed[] = [];
  const end: Placed[] = [];
  for (const credit of document.credits) {
    if (!creditInEpisode(credit, episode)) continue;
    if (credit.uncredited) {
      uncredited++;
      continue;
    }
    const title = titles.get(credit.titleId);
    const subject = resolveSubject(credit, people, companies);
    if (!title || !subject) {
      warnings.push(!title ? `A credit (${credit.id}) names a title that is not in the production, so it is left off the roll.` : `A credit (${credit.id}) names someone who is not in the production, so it is left off the roll.`);
      continue;
    }
    const subjectId = subject.person ? subject.person.id : subject.company!.id;
    const pga = pgaMarkApplies(credit, title, subject.person, production.kind);
    const baseName = cleanSubjectName(subjectId, subject.baseName);
    const placed: Placed = { credit, title, order: orders.get(title.id)!, nameRank: nameRanks.get(subjectId) ?? 0, name: rollName(credit, baseName, pga) };
    (credit.placement === 'main' ? main : end).push(placed);
  }
  main.sort(comparePlaced);
  end.sort(comparePlaced);

  const style = document.style;
  const groupColumns = options.groupColumns ?? (Math.min(4, Math.max(2, style.nameColumns)) as 2 | 3 | 4);
  // The style decides, so the preview and every export (app, CLI) lay the roll out alike; `??` also covers a style
  // kept by an older working copy, from before these fields existed.
  const pairColumns = options.pairColumns ?? (style.pairColumns === 2 ? 2 : 1);
  const settings = { groupThreshold: options.groupThreshold ?? 8, pairColumns, groupColumns };

  const mainTitles = composeMainTitles(groupByTitle(main), departments, options.mainCards ?? (style.mainCards === 'grouped' ? 'grouped' : 'single'));
  const endCredits = composeEndCredits(groupByTitle(end), document, departments, settings);
  let names = 0;
  for (const card of mainTitles) names += countNames(card.entries);
  for (const section of endCredits) names += countSectionNames(section);

  return {
    format: ROLL_FORMAT,
    version: ROLL_VERSION,
    production: { id: production.id, title: cleanName(production.title), kind: production.kind, year: production.year },
    episode: episode ? { id: episode.id, season: episode.season, number: episode.number, title: cleanName(episode.title) } : null,
    mainTitles,
    endCredits,
    counts: { credits: main.length + end.length, names, uncredited },
    warnings,
  };
}

function resolveSubject(credit: Credit, people: Map<string, Person>, companies: Map<string, Company>) {
  if (credit.subject.kind === 'person') {
    const person = people.get(credit.subject.personId);
    return person ? { person, company: undefined, baseName: person.name } : null;
  }
  const company = companies.get(credit.subject.companyId);
  return company ? { person: undefined, company, baseName: company.name } : null;
}

function comparePlaced(a: Placed, b: Placed): number {
  return (
    compareTitleOrder(a.order, b.order) ||
    (a.title.id < b.title.id ? -1 : a.title.id > b.title.id ? 1 : 0) ||
    a.credit.billing - b.credit.billing ||
    a.nameRank - b.nameRank ||
    (a.credit.id < b.credit.id ? -1 : a.credit.id > b.credit.id ? 1 : 0)
  );
}

/** Consecutive runs of one title (the list is sorted, so each title is one run). */
function groupByTitle(list: readonly Placed[]): Placed[][] {
  const groups: Placed[][] = [];
  let current: Placed[] | null = null;
  for (const item of list) {
    if (!current || current[0].title.id !== item.title.id) {
      current = [];
      groups.push(current);
    }
    current.push(item);
  }
  return groups;
}

function entriesOf(group: readonly Placed[]): RollEntry[] {
  return groupEntries(group.map((p) => ({ name: p.name, teamId: p.credit.teamId })));
}

/** "and" between separate people where the data says so: writing credits, or any title whose credits use teams. */
function conjunctionFor(group: readonly Placed[], department: Department | undefined, entries: readonly RollEntry[]): 'and' | null {
  if (entries.length < 2) return null;
  if (isWritingDepartment(department)) return 'and';
  return group.some((p) => p.credit.teamId.trim() !== '') ? 'and' : null;
}

function isCastGroup(group: readonly Placed[], department: Department | undefined): boolean {
  return isCastDepartment(department) && group.some((p) => p.credit.character.trim() !== '');
}

function composeMainTitles(groups: Placed[][], departments: Map<string, Department>, mode: 'single' | 'grouped'): RollCard[] {
  // Opening titles run from presentation credits (companies) through the top-billed cast and the key crew to the
  // director, who stands last. Groups are already in department order; a stable sort moves them into those bands.
  const band = (group: Placed[]) => {
    const department = departments.get(group[0].title.departmentId);
    if (group.every((p) => p.credit.subject.kind === 'company')) return 0;
    if (isCastDepartment(department)) return 1;
    if (isDirectingDepartment(department)) return 3;
    return 2;
  };
  const ordered = groups.map((g, i) => ({ g, i, band: band(g) })).sort((a, b) => a.band - b.band || a.i - b.i);
  const cards: RollCard[] = [];
  for (const { g: group, band: b } of ordered) {
    const department = departments.get(group[0].title.departmentId);
    const entries = entriesOf(group);
    const titleId = group[0].title.id;
    const conjunction = conjunctionFor(group, department, entries);
    // Writers joined with "and" share one card: splitting them would lose what the conjunction says.
    if (mode === 'grouped' || conjunction !== null) {
      const people = countNames(entries);
      cards.push({ role: titleLabel(group[0].title, people), titleId, entries, conjunction, holdSeconds: hold(people) });
      continue;
    }
    for (const entry of entries) {
      const people = entry.names.length;
      // Top-billed cast stand on their cards by name alone.
      const role = b === 1 ? null : titleLabel(group[0].title, people);
      cards.push({ role, titleId, entries: [entry], conjunction: null, holdSeconds: hold(people) });
    }
  }
  return cards;
}

function hold(people: number): number {
  return people <= 1 ? HOLD_ALONE_SECONDS : HOLD_SHARED_SECONDS;
}

interface EndSettings {
  groupThreshold: number;
  pairColumns: 1 | 2;
  groupColumns: 2 | 3 | 4;
}

function composeEndCredits(groups: Placed[][], document: RollcallDocument, departments: Map<string, Department>, settings: EndSettings): RollSection[] {
  const byDepartment = new Map<string, Placed[][]>();
  for (const group of groups) {
    const id = group[0].title.departmentId;
    const list = byDepartment.get(id);
    if (list) list.push(group);
    else byDepartment.set(id, [group]);
  }
  const sections: RollSection[] = [];
  const known = sortDepartments([...departments.values()]);
  // Titles pointing at a department that no longer exists still appear, last, under no heading.
  const orphanIds = [...byDepartment.keys()].filter((id) => !departments.has(id));
  for (const department of known) {
    const list = byDepartment.get(department.id);
    if (list) sections.push(departmentSection(department.id, cleanName(department.name), list, department, settings));
  }
  for (const id of orphanIds) sections.push(departmentSection(id, null, byDepartment.get(id)!, undefined, settings));

  const songs = [...document.songs].sort((a, b) => a.order - b.order);
  if (songs.length) {
    sections.push({
      id: 'songs',
      kind: 'songs',
      heading: 'Songs',
      blocks: [{ kind: 'songs', songs: songs.map((s) => ({ id: s.id, title: cleanName(s.title), writtenBy: cleanName(s.writtenBy), performedBy: cleanName(s.performedBy), courtesyOf: cleanName(s.courtesyOf) })) }],
    });
  }
  const paragraphs = [...document.paragraphs].filter((p) => p.text.trim() !== '').sort((a, b) => a.order - b.order);
  const paragraphBlocks = (kinds: string[]): RollBlock[] =>
    paragraphs.filter((p) => kinds.includes(p.kind)).map((p) => ({ kind: 'paragraph', paragraphKind: p.kind, text: cleanParagraph(p.text) }));
  const thanks = paragraphBlocks(['thanks']);
  if (thanks.length) sections.push({ id: 'thanks', kind: 'thanks', heading: null, blocks: thanks });
  if (document.images.length) {
    // Logos in their order, ties (older files, where every order is 0) in file order: Array.prototype.sort is stable.
    const images = [...document.images].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    sections.push({
      id: 'logos',
      kind: 'logos',
      heading: null,
      blocks: [{ kind: 'logos', logos: images.map((i) => ({ imageId: i.id, name: cleanName(i.name), mediaType: i.mediaType, data: i.data })) }],
    });
  }
  const legal = paragraphBlocks(['copyright', 'disclaimer', 'other']);
  if (legal.length) sections.push({ id: 'legal', kind: 'legal', heading: null, blocks: legal });

  for (let i = 1; i < sections.length; i++) sections[i].blocks.unshift({ kind: 'spacer', lines: SECTION_SPACER_LINES });
  return sections;
}

/** Paragraph text keeps its line breaks; each line is cleaned like a name. */
function cleanParagraph(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => cleanName(line))
    .join('\n')
    .trim();
}

function departmentSection(id: string, heading: string | null, groups: Placed[][], department: Department | undefined, settings: EndSettings): RollSection {
  const blocks: RollBlock[] = [];
  let pairs: Extract<RollBlock, { kind: 'pairs' }> | null = null;
  const addRows = (rows: RollRow[], cast: boolean) => {
    if (!pairs || pairs.cast !== cast) {
      pairs = { kind: 'pairs', columns: settings.pairColumns, cast, rows: [] };
      blocks.push(pairs);
    }
    for (const row of rows) pairs.rows.push(row);
  };
  for (const group of groups) {
    const title = group[0].title;
    if (isCastGroup(group, department)) {
      addRows(
        group.map((p) => ({ role: cleanName(p.credit.character), titleId: title.id, entries: [{ text: p.name.text, names: [p.name] }], conjunction: null })),
        true,
      );
      continue;
    }
    const entries = entriesOf(group);
    const people = countNames(entries);
    const conjunction = conjunctionFor(group, department, entries);
    const role = titleLabel(title, people);
    if (people >= settings.groupThreshold && conjunction === null) {
      blocks.push({ kind: 'names', columns: settings.groupColumns, role, titleId: title.id, entries });
      pairs = null;
      continue;
    }
    addRows([{ role, titleId: title.id, entries, conjunction }], false);
  }
  return { id: `department:${id}`, kind: 'department', heading, blocks };
}

function countSectionNames(section: RollSection): number {
  let n = 0;
  for (const block of section.blocks) {
    if (block.kind === 'pairs') for (const row of block.rows) n += countNames(row.entries);
    else if (block.kind === 'names') n += countNames(block.entries);
  }
  return n;
}
