export * from './schema';
export * from './types';
export * from './ids';
export * from './library';
export * from './create';
