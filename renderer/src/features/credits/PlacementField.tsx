// "Placement": opening/main titles or end credits, as every credit form and the filters offer it. With `anyLabel`,
// a first option for no placement in particular (null).
import type { Placement } from '../../../../shared/model/types';
import { PLACEMENT_LABELS } from './format';

export function PlacementField<T extends Placement | null>(props: { value: T; onChange: (placement: T) => void; anyLabel?: string }) {
  return (
    <label>
      Placement
      <select value={props.value ?? ''} onChange={(e) => props.onChange((e.target.value || null) as T)}>
        {props.anyLabel !== undefined && <option value="">{props.anyLabel}</option>}
        <option value="main">{PLACEMENT_LABELS.main}</option>
        <option value="end">{PLACEMENT_LABELS.end}</option>
      </select>
    </label>
  );
}
