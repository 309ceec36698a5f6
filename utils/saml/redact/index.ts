export { Redactor } from './redactor';
export { redactUrl, redactHeaders } from './url';
export { mapXmlText } from './xml-segments';
