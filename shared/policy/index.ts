export * from './producing';
export * from './approval';
export * from './courtesy';
export * from './status';
