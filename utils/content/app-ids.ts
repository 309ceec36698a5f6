/**
 * The enterprise app's ids from an Entra URL: the top page's hash
 * (#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/{o}/appId/{a}/…)
 * or a blade frame's URL, which carries the same route encoded.
 * Seeing them means the app exists: that is how step 2 becomes done.
 */

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const IDS = new RegExp(`ManagedAppMenuBlade/.*?objectId/(${GUID})/appId/(${GUID})`, 'i');

export function appIdsFromUrl(url: string): { objectId: string; appId: string } | null {
  let text = url;
  try {
    text = decodeURIComponent(url);
  } catch {
    // A malformed escape: search the raw URL.
  }
  const m = IDS.exec(text);
  return m?.[1] && m[2] ? { objectId: m[1].toLowerCase(), appId: m[2].toLowerCase() } : null;
}
