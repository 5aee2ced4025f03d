import type { PanelProps } from '../../app/Workspace';

export function RevisionsPanel({ session }: PanelProps) {
  return <p className="muted">{session.production.title}: this panel is being built.</p>;
}
