// The cell readers' shortcuts must answer what the plain expressions answer: looksLikeFormula looks at the first
// character before trying the formula expression.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula } from '../../../shared/import/cell-values';

describe('looksLikeFormula', () => {
  it('equals the formula expression on any text, formulas and near-formulas included', () => {
    const formulaish = fc.tuple(fc.constantFrom('', '=', ' =', '==', '= ', '=\t'), fc.string({ maxLength: 8 })).map(([start, rest]) => start + rest);
    fc.assert(
      fc.property(fc.oneof(formulaish, fc.string({ unit: 'binary', maxLength: 12 })), (text) => {
        expect(looksLikeFormula(text)).toBe(/^=\s*[A-Za-z_$(]/.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
