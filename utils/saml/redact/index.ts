export { Redactor } from './redactor';
export { redactUrl, redactHeaders } from './url';
export { rewriteXml } from './xml-scan';
