// The roll: composition, timing and the one HTML renderer. See types.ts for the structure.
export * from './types';
export { composeRoll, type ComposeOptions } from './compose';
export { PGA_MARK, pgaMarkApplies, titleLabel } from './credit-names';
export { producingRank, nameCollator } from './order';
export { NOTO_STACK, fontFamilyCss, stackFamiliesFor } from './fonts';
export { measureRoll, rollHeightAt, REFERENCE_WIDTH, REFERENCE_HEIGHT, TITLE_SAFE, ACTION_SAFE, type RollHeight } from './layout';
export * from './timing';
export { renderRollHtml, renderRollBody, renderRollCss, bodyClasses, rollTitle, type RenderOptions, type RenderMode } from './html';
