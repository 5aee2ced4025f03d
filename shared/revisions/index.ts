// Named revisions of a production's credits, kept compactly inside the document (see docs/revisions.md).
export { createRevision, deleteRevision, updateRevisionLabel, MAX_CHAIN_LENGTH, type NewRevision } from './create';
export { SnapshotSchema, SNAPSHOT_VERSION, type Snapshot } from './encoding';
export { findRevision, listRevisions, RevisionError, RevisionNotFoundError, type RevisionSummary } from './lookup';
export { materialiseRevision } from './materialise';
export { newProductionFromRevision, restoreRevision } from './restore';
export { creditsStateOf, CreditsStateSchema, type CreditsState, type PublicCompany, type PublicPerson } from './state';
