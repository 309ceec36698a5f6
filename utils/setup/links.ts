import { CLOUDS, ENTRA_ORIGIN, type CloudId } from '@/utils/hosts';
import type { StepId } from './steps';
import type { SetupSession } from './session';

/**
 * Where each step is done. Entra links go to the admin center of the admin's
 * cloud, straight to the application's blade
 * once its ids are known (read from a page, never guessed); JustCall links go
 * to the settings page the guide names, or to the exact URL last seen.
 */

export interface StepLink {
  url: string;
  label: string;
}

export { ENTRA_ORIGIN };
export const JUSTCALL_ORIGIN = 'https://app.justcall.io';
export const JUSTCALL_SSO_PATH = '/app/settings/security/sso';
export const JUSTCALL_PROVISIONING_PATH = '/app/settings/security/provisioning';
const ENTERPRISE_APPS_PATH = '/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview';
export const ENTRA_ENTERPRISE_APPS = `${ENTRA_ORIGIN}${ENTERPRISE_APPS_PATH}`;

const SAFE_ID = /^[0-9a-f-]{36}$/i;

/** The app's blade for one menu item, e.g. SignOn, Users, ProvisioningManagement. */
export function entraAppLink(menu: string, objectId: string, appId: string, cloud: CloudId = 'public'): string | null {
  if (!SAFE_ID.test(objectId) || !SAFE_ID.test(appId)) return null;
  const tail = menu === 'SignOn' ? '/preferredSingleSignOnMode/saml' : '';
  return `${CLOUDS[cloud].entraOrigin}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/${menu}/objectId/${objectId}/appId/${appId}${tail}`;
}

function seenUrl(session: SetupSession, feature: 'justcall/sso' | 'justcall/provisioning'): string | null {
  const url = session.observations[feature]?.url;
  return url && url.startsWith(`${JUSTCALL_ORIGIN}/`) ? url : null;
}

export function stepLink(step: StepId, session: SetupSession, cloud: CloudId = 'public'): StepLink | null {
  const objectId = session.values.objectId?.value ?? '';
  const appId = session.values.appId?.value ?? '';
  const app = (menu: string, label: string, fallback: StepLink): StepLink => {
    const url = entraAppLink(menu, objectId, appId, cloud);
    return url ? { url, label } : fallback;
  };
  const apps = { url: `${CLOUDS[cloud].entraOrigin}${ENTERPRISE_APPS_PATH}`, label: 'Open Enterprise applications' };
  switch (step) {
    case 'justcall-sso':
    case 'justcall-idp':
      return {
        url: seenUrl(session, 'justcall/sso') ?? `${JUSTCALL_ORIGIN}${JUSTCALL_SSO_PATH}`,
        label: 'Open JustCall Single Sign-On settings',
      };
    case 'create-app':
      return apps;
    case 'basic-saml':
    case 'claims':
    case 'certificate':
      return app('SignOn', "Open the app's SAML page", apps);
    case 'assignment':
      return app('UsersAndGroups', 'Open Users and groups', apps);
    case 'scim': {
      // The step starts in JustCall, where the Tenant URL and Secret Token are read; before that Entra's blade has nothing to fill.
      const justcall = {
        url: seenUrl(session, 'justcall/provisioning') ?? `${JUSTCALL_ORIGIN}${JUSTCALL_PROVISIONING_PATH}`,
        label: 'Open JustCall Provisioning settings',
      };
      return session.values.scimTenantUrl ? app('Provisioning', "Open Entra's Provisioning", justcall) : justcall;
    }
  }
}
