import type { PanelProps } from '../../app/Workspace';

export function TitlesPanel({ session }: PanelProps) {
  return <p className="muted">{session.production.title}: this panel is being built.</p>;
}
