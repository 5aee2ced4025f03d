// The .rollcall file format: reading (with migrations from older versions), writing, and its JSON schema.
export { DocumentFormatError, formatPath, issueLines } from './errors';
export { FORMAT_VERSIONS, OLDEST_FORMAT_VERSION, formatVersionInfo, migrateToCurrent } from './migrations';
export { migrateV1ToV2 } from './migrate-v1-to-v2';
export { decodeDocumentBytes, parseDocumentBytes, parseDocumentText, type ParsedDocument } from './parse';
export { canonicalDocument, serialiseDocument, serialiseDocumentBytes } from './serialise';
export { V1DocumentSchema, type V1Document } from './versions/v1';
export { V2DocumentSchema } from './versions/v2';
export { findReferenceProblems } from './references';
