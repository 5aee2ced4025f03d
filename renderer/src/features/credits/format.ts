// How credit values read in the panel: placements, statuses, dates, and the before/after values of history.
import type { AuditEntry, Contribution, Credit, Placement } from '../../../../shared/model/types';
import { STATUS_LABELS } from '../../../../shared/policy';
import type { CreditData } from './use-credit-data';

export const PLACEMENT_LABELS: Record<Placement, string> = { main: 'Opening/main titles', end: 'End credits' };

export function formatWhen(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

const FIELD_LABELS: Record<string, string> = {
  titleId: 'Title',
  subject: 'Person or company',
  placement: 'Placement',
  billing: 'Billing',
  creditedAs: 'Credited as',
  character: 'Character',
  uncredited: 'Uncredited',
  teamId: 'Writing team',
  pgaMark: 'p.g.a. mark',
  episodes: 'Episodes',
  status: 'Status',
  contractNotes: 'Contractual notes',
  contributions: 'Contributions',
  approvedBy: 'Approved by',
  approvedAt: 'Approved at',
  id: 'Id',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

function contributionText(c: Contribution, data: CreditData): string {
  const type = data.typeById.get(c.typeId)?.name ?? 'Unknown type';
  return c.justification ? `${type}: ${c.justification}` : `${type} (no justification)`;
}

/** One history value as text; '(empty)' for nothing. */
export function historyValue(field: string, value: unknown, data: CreditData): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  switch (field) {
    case 'titleId':
      return data.titleById.get(String(value))?.name ?? 'A removed title';
    case 'subject': {
      const s = value as Credit['subject'];
      if (s.kind === 'person') return data.personById.get(s.personId)?.name ?? 'A removed person';
      return data.companyById.get(s.companyId)?.name ?? 'A removed company';
    }
    case 'placement':
      return PLACEMENT_LABELS[value as Placement] ?? String(value);
    case 'status':
      return STATUS_LABELS[value as Credit['status']] ?? String(value);
    case 'approvedAt':
      return formatWhen(String(value));
    case 'contributions': {
      const list = value as Contribution[];
      return list.length === 0 ? 'None' : list.map((c) => contributionText(c, data)).join('; ');
    }
    case 'episodes':
      return value === 'all' ? 'All episodes' : `${(value as string[]).length} chosen episodes`;
    default:
      if (typeof value === 'boolean') return value ? 'Yes' : 'No';
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

const ACTION_LABELS: Record<string, string> = { created: 'Created', changed: 'Changed', removed: 'Removed', undo: 'Undone', redo: 'Redone' };

export function historyAction(entry: AuditEntry): string {
  return ACTION_LABELS[entry.action] ?? entry.action;
}
