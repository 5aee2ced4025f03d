// The choices the style controls offer: typefaces, weights, cases, alignments, and the presets that set several
// typographic fields at once. Presets leave colours and crawl timing alone: those follow the delivery, not the look.
import { DEFAULT_STYLE } from '../../../../shared/model/create';
import type { RollStyle } from '../../../../shared/model/types';

/**
 * Typefaces offered. Each is a family the PDF printer and the HTML export can find on a machine with the Noto and
 * common Linux fonts; whatever is missing falls back through the roll's Noto stack (shared/roll/fonts.ts), so every
 * script still has its glyphs.
 */
export const TYPEFACES: readonly { family: string; label: string }[] = [
  { family: 'Noto Sans', label: 'Noto Sans' },
  { family: 'Noto Serif', label: 'Noto Serif' },
  { family: 'Noto Sans Display', label: 'Noto Sans Display' },
  { family: 'Noto Serif Display', label: 'Noto Serif Display' },
  { family: 'DejaVu Sans', label: 'DejaVu Sans' },
  { family: 'DejaVu Serif', label: 'DejaVu Serif' },
  { family: 'Liberation Sans', label: 'Liberation Sans (Arial metrics)' },
  { family: 'Liberation Serif', label: 'Liberation Serif (Times metrics)' },
];

export const WEIGHTS: readonly { value: number; label: string }[] = [
  { value: 300, label: 'Light (300)' },
  { value: 400, label: 'Regular (400)' },
  { value: 500, label: 'Medium (500)' },
  { value: 600, label: 'Semibold (600)' },
  { value: 700, label: 'Bold (700)' },
  { value: 800, label: 'Extra bold (800)' },
];

export const CASE_LABELS: Record<RollStyle['roleCase'], string> = {
  'as-entered': 'As entered',
  upper: 'UPPER CASE',
  lower: 'lower case',
  title: 'Title Case',
};

export const ALIGN_LABELS: Record<RollStyle['align'], string> = {
  split: 'Split (role left of name)',
  center: 'Centred (role above name)',
  left: 'Left',
  right: 'Right',
};

/** The fields a preset sets; changing any of them by hand makes the style "custom". */
export const PRESET_FIELDS = [
  'fontFamily', 'headingFontFamily', 'roleSizePx', 'nameSizePx', 'headingSizePx', 'roleWeight', 'nameWeight',
  'lineHeight', 'gutterPx', 'nameColumns', 'align', 'roleCase', 'nameCase',
] as const satisfies readonly (keyof RollStyle)[];

type PresetFields = Pick<RollStyle, (typeof PRESET_FIELDS)[number]>;

function presetOf(style: RollStyle): PresetFields {
  const out = {} as Record<string, unknown>;
  for (const key of PRESET_FIELDS) out[key] = style[key];
  return out as PresetFields;
}

export const PRESETS: readonly { id: string; label: string; fields: PresetFields }[] = [
  // Classic is the look of a new production, so a new document reads "Classic" in the chooser.
  { id: 'classic', label: 'Classic', fields: presetOf(DEFAULT_STYLE) },
  {
    id: 'modern',
    label: 'Modern',
    fields: {
      fontFamily: 'Noto Sans Display', headingFontFamily: 'Noto Sans Display', roleSizePx: 24, nameSizePx: 34, headingSizePx: 30,
      roleWeight: 300, nameWeight: 500, lineHeight: 1.35, gutterPx: 40, nameColumns: 3, align: 'center', roleCase: 'upper', nameCase: 'as-entered',
    },
  },
  {
    id: 'compact',
    label: 'Compact',
    fields: {
      fontFamily: 'Noto Sans', headingFontFamily: 'Noto Sans', roleSizePx: 22, nameSizePx: 28, headingSizePx: 32,
      roleWeight: 400, nameWeight: 600, lineHeight: 1.2, gutterPx: 32, nameColumns: 4, align: 'split', roleCase: 'as-entered', nameCase: 'as-entered',
    },
  },
  {
    id: 'elegant',
    label: 'Elegant serif',
    fields: {
      fontFamily: 'Noto Serif', headingFontFamily: 'Noto Serif', roleSizePx: 26, nameSizePx: 36, headingSizePx: 36,
      roleWeight: 400, nameWeight: 500, lineHeight: 1.4, gutterPx: 56, nameColumns: 2, align: 'center', roleCase: 'title', nameCase: 'upper',
    },
  },
];

export const CUSTOM_PRESET = 'custom';

export function presetById(id: string) {
  return PRESETS.find((p) => p.id === id);
}
