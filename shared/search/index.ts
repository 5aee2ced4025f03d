export * from './build-index';
export * from './query';
export * from './list-rows';
export { foldForSearch } from './fold-cache';
