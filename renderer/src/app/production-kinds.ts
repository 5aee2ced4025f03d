// The kinds of production and how every screen names them (the start page and Production Details read the same
// words, so "Feature film" is never "Feature" somewhere else).
import type { ProductionKind } from '../../../shared/model/types';

export const PRODUCTION_KINDS: { value: ProductionKind; label: string }[] = [
  { value: 'feature', label: 'Feature film' },
  { value: 'series', label: 'Series' },
  { value: 'documentary', label: 'Documentary' },
  { value: 'short', label: 'Short' },
  { value: 'special', label: 'Special' },
];
