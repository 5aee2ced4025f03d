// Comparing credits: two revisions, a revision and the current credits, or two production files.
export { compareDocuments, compareStates, isEmptyComparison, type CompareOptions } from './compare';
export { compareInDocument, CURRENT_LABEL, revisionLabel, stateAndLabel, type StateRef } from './compare-revisions';
export { comparisonHtml, comparisonText, describeChanges, describeRef, describeMove, describeStructure, summaryLine, type ChangeLine, type ReportLabels } from './report';
export type { Comparison, ContributionView, CreditChange, CreditField, CreditRef, FieldChange, MatchRule, RollMove, RollPosition, StructureChange } from './types';
