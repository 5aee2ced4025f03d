// Checks on credits themselves: the justification policy, credits without a contribution, repeated titles,
// approval, the p.g.a. mark, courtesy credits and references to removed people or titles. One pass over the
// credits plus Map lookups.
import type { Company, Credit, CreditTitle, Person, Production } from '../model/types';
import { hasJustifiedContribution, isPossibleCourtesyCredit } from '../policy';
import type { CheckItem } from './types';

export interface CreditContext {
  production: Pick<Production, 'kind' | 'policy'>;
  titles: ReadonlyMap<string, CreditTitle>;
  people: ReadonlyMap<string, Person>;
  companies: ReadonlyMap<string, Company>;
  /** From shared/policy: titles of the producing department plus those the policy names. */
  producingTitleIds: ReadonlySet<string>;
  financialTypeIds: ReadonlySet<string>;
}

const quote = (s: string) => `“${s}”`;

export function subjectName(credit: Credit, ctx: CreditContext): string | null {
  const subject = credit.subject.kind === 'person' ? ctx.people.get(credit.subject.personId) : ctx.companies.get(credit.subject.companyId);
  if (!subject) return null;
  return credit.creditedAs.trim() || subject.name;
}

function isPgaCertified(person: Person | undefined): boolean {
  return !!person && person.guilds.some((g) => g.guild === 'PGA' && g.pgaCertified);
}

/** Why the p.g.a. mark cannot follow this credit's name, or null when it can. */
export function pgaMarkProblem(credit: Credit, title: CreditTitle, ctx: CreditContext): string | null {
  if (ctx.production.kind === 'series') return 'the p.g.a. mark is not used on television series credits';
  if (!title.pgaEligible) return `the p.g.a. mark may only follow “Produced by” or “Producer” credits, not ${quote(title.name)}`;
  if (credit.subject.kind !== 'person') return 'the p.g.a. mark is for people, not companies';
  if (!isPgaCertified(ctx.people.get(credit.subject.personId))) return 'the person is not marked as certified by the Producers Guild';
  return null;
}

function episodesOverlap(a: Credit['episodes'], b: Credit['episodes']): boolean {
  if (a === 'all' || b === 'all') return true;
  if (a.length === 0 || b.length === 0) return false;
  const set = new Set(a);
  return b.some((id) => set.has(id));
}

const UNDOCUMENTED_NAMES_SHOWN = 3;

/**
 * Credits without a contribution outside the producing titles (those are reported one by one above, as missing
 * under the policy or as possible courtesy credits). A crew of thousands has thousands of these, and for a grip
 * nothing is wrong with that, so they are listed for review as one item per credit title rather than one per
 * credit: the panel stays readable at 20,000 credits and the production-specific items are not buried. Each item
 * still links to one credit, the first of its title (creditIds[0], as for every grouped item, so the checks panel
 * can say it opens the first of them); the Credits panel lists the rest of that title beside it, and `creditIds`
 * names them all.
 */
function undocumentedItems(groups: Iterable<{ title: CreditTitle; credits: Credit[]; names: string[] }>): CheckItem[] {
  const items: CheckItem[] = [];
  for (const { title, credits, names } of groups) {
    const n = credits.length;
    const more = n - names.length;
    const listed = names.map(quote).join(', ') + (more > 0 ? ` and ${more.toLocaleString('en')} more` : '');
    items.push({
      id: `missing-contribution-title:${title.id}`,
      kind: 'missing-contribution',
      severity: 'info',
      message:
        n === 1
          ? `${title.name}: ${listed} has no contribution on record.`
          : `${title.name}: ${n.toLocaleString('en')} credits have no contribution on record (${listed}).`,
      creditId: credits[0].id,
      creditIds: credits.map((c) => c.id),
    });
  }
  return items;
}

export function creditItems(credits: readonly Credit[], ctx: CreditContext): CheckItem[] {
  const items: CheckItem[] = [];
  const policy = new Set(ctx.production.policy.justificationRequiredTitleIds);
  const repeats = new Map<string, Credit[]>();
  const unapproved: Credit[] = [];
  /** Credits outside the producing titles with no contribution, by title (see undocumentedItems). */
  const undocumented = new Map<string, { title: CreditTitle; credits: Credit[]; names: string[] }>();
  let drafts = 0;

  for (const credit of credits) {
    const title = ctx.titles.get(credit.titleId);
    const name = subjectName(credit, ctx);
    if (!title || name === null) {
      items.push({
        id: `missing-reference:${credit.id}`,
        kind: 'missing-reference',
        severity: 'error',
        message: !title
          ? `A credit for ${name === null ? 'someone who was removed' : quote(name)} uses a credit title that no longer exists.`
          : `A ${title.name} credit points at a ${credit.subject.kind} who is no longer in this production.`,
        creditId: credit.id,
      });
      continue;
    }
    const approved = credit.status === 'approved' || credit.status === 'locked';
    if (!approved) {
      unapproved.push(credit);
      if (credit.status === 'draft') drafts++;
    }

    const producing = ctx.producingTitleIds.has(title.id);
    const required = policy.has(title.id);
    if (producing && credit.contributions.length === 0 && required) {
      items.push({
        id: `missing-contribution:${credit.id}`,
        kind: 'missing-contribution',
        severity: approved ? 'error' : 'warning',
        message: approved
          ? `${quote(name)} is approved as ${title.name} without any contribution, which this production’s policy requires.`
          : `${quote(name)} (${title.name}) has no contribution yet; one with a written justification is needed before approval.`,
        creditId: credit.id,
      });
    } else if (producing && credit.contributions.length > 0 && !hasJustifiedContribution(credit)) {
      items.push({
        id: `missing-justification:${credit.id}`,
        kind: 'missing-justification',
        severity: required ? (approved ? 'error' : 'warning') : 'info',
        message: approved && required
          ? `${quote(name)} is approved as ${title.name} but none of its contributions says why, which this production’s policy requires.`
          : `${quote(name)} (${title.name}) has contributions but none says why: add a written justification.`,
        creditId: credit.id,
      });
    }

    // A producing credit with nothing but money behind it, or nothing at all; a credit with no contribution under
    // the policy is already reported above, so it is not reported twice.
    if (producing && isPossibleCourtesyCredit(credit, { producingTitleIds: ctx.producingTitleIds, financialTypeIds: ctx.financialTypeIds }) && !(credit.contributions.length === 0 && required)) {
      items.push({
        id: `courtesy-credit:${credit.id}`,
        kind: 'courtesy-credit',
        severity: 'info',
        message:
          credit.contributions.length === 0
            ? `${quote(name)} (${title.name}) has no recorded contribution: a possible courtesy credit to review.`
            : `${quote(name)} (${title.name}) has only a financial contribution: a possible courtesy credit to review.`,
        creditId: credit.id,
      });
    }

    if (!producing && credit.contributions.length === 0) {
      const group = undocumented.get(title.id);
      if (group) {
        group.credits.push(credit);
        if (group.names.length < UNDOCUMENTED_NAMES_SHOWN) group.names.push(name);
      } else undocumented.set(title.id, { title, credits: [credit], names: [name] });
    }

    if (credit.pgaMark) {
      const problem = pgaMarkProblem(credit, title, ctx);
      if (problem) {
        items.push({
          id: `pga-mark:${credit.id}`,
          kind: 'pga-mark',
          severity: 'error',
          message: `${quote(name)} (${title.name}) has the p.g.a. mark, but ${problem}.`,
          creditId: credit.id,
        });
      }
    }

    // The same subject under the same title, placement and character: main titles repeating an end credit, or
    // one performer playing twins, are intended and not reported.
    const subjectId = credit.subject.kind === 'person' ? `p:${credit.subject.personId}` : `c:${credit.subject.companyId}`;
    const key = `${subjectId}\u0000${credit.titleId}\u0000${credit.placement}\u0000${credit.character.trim().toLowerCase()}`;
    const same = repeats.get(key);
    if (same) same.push(credit);
    else repeats.set(key, [credit]);
  }

  for (const group of repeats.values()) {
    if (group.length < 2) continue;
    // Series credits for different episodes are separate credits on purpose; only overlapping scopes repeat.
    const overlapping = group.filter((c, i) => group.some((d, j) => i !== j && episodesOverlap(c.episodes, d.episodes)));
    if (overlapping.length < 2) continue;
    const first = overlapping[0];
    const title = ctx.titles.get(first.titleId)!;
    const name = subjectName(first, ctx)!;
    const where = first.placement === 'main' ? 'the opening titles' : 'the end credits';
    const role = first.character.trim() ? ` playing ${quote(first.character.trim())}` : '';
    items.push({
      id: `repeated-credit:${overlapping.map((c) => c.id).sort().join(',')}`,
      kind: 'repeated-credit',
      severity: 'warning',
      message: `${quote(name)} is credited ${overlapping.length} times as ${title.name}${role} in ${where}.`,
      // The first of them, as for every grouped item (CheckItem: creditIds[0] is creditId), so that the panel can
      // say truthfully that it opens the first; the Credits panel shows the repeat beside it.
      creditId: first.id,
      creditIds: overlapping.map((c) => c.id),
      personIds: first.subject.kind === 'person' ? [first.subject.personId] : undefined,
      companyIds: first.subject.kind === 'company' ? [first.subject.companyId] : undefined,
    });
  }

  items.push(...undocumentedItems(undocumented.values()));

  if (unapproved.length > 0) {
    const proposed = unapproved.length - drafts;
    const parts = [drafts ? `${drafts} draft` : '', proposed ? `${proposed} proposed` : ''].filter(Boolean).join(', ');
    items.push({
      id: 'unapproved',
      kind: 'unapproved',
      severity: 'info',
      message: `${unapproved.length === 1 ? '1 credit is' : `${unapproved.length} credits are`} not approved yet (${parts}).`,
      creditId: unapproved[0].id,
      creditIds: unapproved.map((c) => c.id),
    });
  }
  return items;
}
