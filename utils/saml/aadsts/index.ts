export { AADSTS_KNOWLEDGE, knowledgeFor, type AadstsKnowledge } from './codes';
export { explainAadsts, parseAadstsCode, type AadstsExplanation } from './lookup';
export { extractAadstsCodes } from './extract';
export { parseEntraErrorPage, parseEntraErrorUrl, type EntraErrorPage } from './error-page';
export { htmlToText } from './html-text';
