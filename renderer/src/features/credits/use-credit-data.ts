// Everything the credits panel reads, through the live-query hooks, and the search index built from it once per
// data change (not per keystroke). Lookups by id are built here too, so editors never scan arrays.
import { useMemo, useRef } from 'react';
import type { Company, ContributionType, CreditTitle, Department, Person } from '../../../../shared/model/types';
import { buildCreditIndex, updateCreditIndex, type CreditSearchIndex } from '../../../../shared/search';
import type { SessionRow } from '../../db/database';
import { useCompanies, useContributionTypes, useCredits, useDepartments, usePeople, useTitles } from '../../db/hooks';

export interface CreditData {
  loaded: boolean;
  index: CreditSearchIndex;
  people: readonly Person[];
  companies: readonly Company[];
  titles: readonly CreditTitle[];
  departments: readonly Department[];
  contributionTypes: readonly ContributionType[];
  titleById: Map<string, CreditTitle>;
  departmentById: Map<string, Department>;
  personById: Map<string, Person>;
  companyById: Map<string, Company>;
  typeById: Map<string, ContributionType>;
}

const NONE: never[] = [];

export function useCreditData(session: SessionRow): CreditData {
  const docId = session.docId;
  const credits = useCredits(docId);
  const people = usePeople(docId);
  const companies = useCompanies(docId);
  const titles = useTitles(docId);
  const departments = useDepartments(docId);
  const contributionTypes = useContributionTypes(docId);
  const { kind, policy } = session.production;

  // Built only once every table has arrived: while a large production loads, each table's query resolves on its
  // own, and indexing 20,000 credits against half-loaded titles would be wasted work (and show "title removed").
  const ready = !!(credits && people && companies && titles && departments && contributionTypes);
  // An edit usually changes only credits (one object in 20,000): the previous index is then updated with the new
  // credit objects rather than rebuilt (updateCreditIndex rebuilds when anything else changed).
  const previous = useRef<CreditSearchIndex | null>(null);
  const index = useMemo(() => {
    const source = {
      credits: ready ? credits : NONE,
      people: people ?? NONE,
      companies: companies ?? NONE,
      titles: titles ?? NONE,
      departments: departments ?? NONE,
      contributionTypes: contributionTypes ?? NONE,
      production: { kind, policy },
    };
    const next = previous.current && ready ? updateCreditIndex(previous.current, source) : buildCreditIndex(source);
    previous.current = next;
    return next;
    // policy is compared by content: the session row is a new object after every edit.
  }, [ready, credits, people, companies, titles, departments, contributionTypes, kind, JSON.stringify(policy)]);

  const lookups = useMemo(
    () => ({
      titleById: new Map((titles ?? NONE).map((t) => [t.id, t])),
      departmentById: new Map((departments ?? NONE).map((d) => [d.id, d])),
      personById: new Map((people ?? NONE).map((p) => [p.id, p])),
      companyById: new Map((companies ?? NONE).map((c) => [c.id, c])),
      typeById: new Map((contributionTypes ?? NONE).map((t) => [t.id, t])),
    }),
    [titles, departments, people, companies, contributionTypes],
  );

  return {
    loaded: ready,
    index,
    people: people ?? NONE,
    companies: companies ?? NONE,
    titles: titles ?? NONE,
    departments: departments ?? NONE,
    contributionTypes: contributionTypes ?? NONE,
    ...lookups,
  };
}
