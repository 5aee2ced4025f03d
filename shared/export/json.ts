// The roll's structure as JSON, for other tools (title-design software, a studio's delivery system). It is the
// Roll type of shared/roll/types.ts, versioned by its `format` and `version` fields.
import type { Roll } from '../roll/types';

export function rollToJson(roll: Roll): string {
  return `${JSON.stringify(roll, null, 2)}\n`;
}
