// The style controls of the roll: preset, typefaces, sizes, weights, spacing, columns, alignment, case and colours.
// Every control is a native, labelled form control, so each works from the keyboard and has an accessible name.
import { useId } from 'react';
import type { RollStyle } from '../../../../shared/model/types';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { ALIGN_LABELS, CASE_LABELS, CUSTOM_PRESET, PRESETS, presetById, TYPEFACES, WEIGHTS } from './presets';
import type { StyleEditor } from './use-style-editor';

/** #rrggbb for a colour input; other CSS colours (a name, rgb()) show as their nearest we can say: the fallback. */
function hexOf(value: string, fallback: string): string {
  const v = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${v[1]}${v[1]}${v[2]}${v[2]}${v[3]}${v[3]}`;
  return fallback;
}

function typefaceOptions(current: string) {
  const options = TYPEFACES.map((t) => ({ value: t.family, label: t.label }));
  if (current && !options.some((o) => o.value === current)) options.unshift({ value: current, label: `${current} (this production’s)` });
  return options;
}

const PAIR_COLUMN_OPTIONS = [
  { value: 1 as const, label: '1 (one role under another)' },
  { value: 2 as const, label: '2 (side by side)' },
];
const MAIN_CARD_OPTIONS = [
  { value: 'single' as const, label: 'One credit per card' },
  { value: 'grouped' as const, label: 'One card per title (grouped)' },
];
const caseOptions = Object.entries(CASE_LABELS).map(([value, label]) => ({ value: value as RollStyle['roleCase'], label }));
const alignOptions = Object.entries(ALIGN_LABELS).map(([value, label]) => ({ value: value as RollStyle['align'], label }));
const weightOptions = (current: number) =>
  WEIGHTS.some((w) => w.value === current) ? WEIGHTS : [...WEIGHTS, { value: current, label: `${current}` }].sort((a, b) => a.value - b.value);

export function StyleControls({ editor, readOnly }: { editor: StyleEditor; readOnly: boolean }) {
  const { style, set, flush } = editor;
  const id = useId();
  const now = { immediate: true } as const;
  const done = () => void flush();
  const presetOptions = [
    ...PRESETS.map((p) => ({ value: p.id, label: p.label })),
    ...(presetById(style.preset) ? [] : [{ value: style.preset || CUSTOM_PRESET, label: 'Custom' }]),
  ];

  return (
    <fieldset className="roll-style" disabled={readOnly}>
      <SelectField
        label="Preset"
        value={presetById(style.preset) ? style.preset : style.preset || CUSTOM_PRESET}
        options={presetOptions}
        onChange={(id) => {
          const preset = presetById(id);
          if (preset) set({ ...preset.fields, preset: preset.id }, { immediate: true, label: `Apply the ${preset.label} roll style` });
        }}
      />

      <fieldset>
        <legend>Type</legend>
        <SelectField label="Typeface" value={style.fontFamily} options={typefaceOptions(style.fontFamily)} onChange={(v) => set({ fontFamily: v }, now)} />
        <SelectField
          label="Heading typeface"
          value={style.headingFontFamily || style.fontFamily}
          options={typefaceOptions(style.headingFontFamily || style.fontFamily)}
          onChange={(v) => set({ headingFontFamily: v }, now)}
        />
        <div className="field-grid">
          <NumberField label="Role size (px)" value={style.roleSizePx} min={6} max={400} onValue={(v) => set({ roleSizePx: v })} onDone={done} />
          <NumberField label="Name size (px)" value={style.nameSizePx} min={6} max={400} onValue={(v) => set({ nameSizePx: v })} onDone={done} />
          <NumberField label="Heading size (px)" value={style.headingSizePx} min={6} max={400} onValue={(v) => set({ headingSizePx: v })} onDone={done} />
        </div>
        <p className="muted field-hint">Sizes are pixels of a 1920 × 1080 frame; they double at 3840 × 2160.</p>
        <div className="field-grid">
          <SelectField label="Role weight" value={style.roleWeight} options={weightOptions(style.roleWeight)} onChange={(v) => set({ roleWeight: v }, now)} />
          <SelectField label="Name weight" value={style.nameWeight} options={weightOptions(style.nameWeight)} onChange={(v) => set({ nameWeight: v }, now)} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Layout</legend>
        <div className="field-grid">
          <NumberField label="Line height" value={style.lineHeight} min={0.8} max={3} step={0.01} onValue={(v) => set({ lineHeight: v })} onDone={done} />
          <NumberField label="Gutter (px)" value={style.gutterPx} min={0} max={1000} onValue={(v) => set({ gutterPx: v })} onDone={done} />
        </div>
        <SelectField
          label="Name columns"
          value={style.nameColumns}
          options={[1, 2, 3, 4].map((n) => ({ value: n, label: n === 1 ? '1 (long lists still use 2)' : String(n) }))}
          onChange={(v) => set({ nameColumns: v }, now)}
        />
        <SelectField
          label="Role-name columns"
          value={style.pairColumns ?? 1}
          options={PAIR_COLUMN_OPTIONS}
          onChange={(v) => set({ pairColumns: v }, now)}
        />
        <SelectField label="Alignment" value={style.align} options={alignOptions} onChange={(v) => set({ align: v }, now)} />
        <SelectField
          label="Opening title cards"
          value={style.mainCards ?? 'single'}
          options={MAIN_CARD_OPTIONS}
          onChange={(v) => set({ mainCards: v }, now)}
        />
      </fieldset>

      <fieldset>
        <legend>Case</legend>
        <div className="field-grid">
          <SelectField label="Role case" value={style.roleCase} options={caseOptions} onChange={(v) => set({ roleCase: v }, now)} />
          <SelectField label="Name case" value={style.nameCase} options={caseOptions} onChange={(v) => set({ nameCase: v }, now)} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Colours</legend>
        <div className="field-grid">
          <div className="number-field">
            <label htmlFor={`${id}-color`}>Text colour</label>
            <input id={`${id}-color`} type="color" value={hexOf(style.color, '#ffffff')} onChange={(e) => set({ color: e.target.value })} onBlur={done} />
          </div>
          <div className="number-field">
            <label htmlFor={`${id}-background`}>Background colour</label>
            <input id={`${id}-background`} type="color" value={hexOf(style.background, '#000000')} onChange={(e) => set({ background: e.target.value })} onBlur={done} />
          </div>
        </div>
        <p className="muted field-hint">The PDF review copy is always black on white, for reading and printing.</p>
      </fieldset>
    </fieldset>
  );
}
