export * from './clean-text';
export * from './fold';
export * from './name-parts';
export * from './name-key';
export * from './sort-name';
export * from './name-index';
export * from './duplicates';
export * from './spelling';
