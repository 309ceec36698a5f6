/** Marks our host element, so the controller (and tests) can tell it from the portal's nodes. */
export const CONTROL_HOST_ATTR = 'data-entra-sso-assistant';
