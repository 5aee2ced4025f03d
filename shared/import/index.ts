// Importing crew and cast lists: decode and parse a source into a table, map its columns to fields, preview,
// and apply the plan to a document. Pure TypeScript: main parses files with it, the renderer previews and applies.
export * from './import-error';
export * from './limits';
export * from './sniff';
export * from './decode';
export * from './delimited';
export * from './table';
export * from './text-source';
export * from './fields';
export * from './cell-values';
export * from './plan';
export * from './catalogue';
export * from './people-matcher';
export * from './analyse';
export * from './preview';
export * from './apply';
export * from './pipeline';
