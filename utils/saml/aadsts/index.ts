export {
  AADSTS_CODES,
  AADSTS_KNOWLEDGE,
  knowledgeFor,
  shortCauseFor,
  type AadstsEntry,
  type AadstsKnowledge,
  type AadstsNamed,
} from './codes';
export { aadstsLabel, explainAadsts, parseAadstsCode, type AadstsExplanation } from './lookup';
export { SIGN_IN_LOG_FIX, aadstsCodeOf, aadstsFinding, aadstsFindingId, isAadstsFinding } from './finding';
export { extractAadstsCodes } from './extract';
export { parseEntraErrorPage, parseEntraErrorUrl, type EntraErrorPage } from './error-page';
export { htmlToText } from './html-text';
