import type { LabelPack } from './pack';

/** German (de). Row numbers: portal-i18n-and-clouds.md, section 1. */
export const de: LabelPack = {
  'entra/create-app': {
    pane: ['Eigene Anwendung erstellen', 'Erstellen Ihrer eigenen Anwendung'], // 3
    nonGallery: ['Beliebige andere, nicht im Katalog zu findende Anwendung integrieren'], // 4
  },
  'entra/basic-saml': {
    pane: ['Grundlegende SAML-Konfiguration', 'SAML-Basiskonfiguration'], // 7
    identifier: ['Bezeichner (Entitäts-ID)'], // 8
    replyUrl: ['Antwort-URL (Assertionsverbraucherdienst-URL)', 'Antwort-URL'], // 9
    signOnUrl: ['Anmelde-URL'], // 10
    relayState: ['Relayzustand'], // 11
    logoutUrl: ['Abmelde-URL'], // 12
    edit: ['Bearbeiten'], // 13
    save: ['Speichern'], // 14
  },
  'entra/claims': {
    page: ['Benutzerattribute und Ansprüche'], // 15
    addNewClaim: ['Neuen Anspruch hinzufügen'], // 16
    manageClaim: ['Anspruch verwalten', 'Benutzeransprüche verwalten'], // 17
    name: ['Name'], // 18
    claimNameColumn: ['Name'], // 18
    namespace: ['Namespace'], // 19
    namespaceColumn: ['Namespace'], // 19
    source: ['Quelle', 'Source'], // 20
    attributeOption: ['Attribut'], // 21
    sourceAttribute: ['Quellattribut'], // 22
    valueColumn: ['Quellattribut'], // 22
    uniqueUserIdentifier: ['eindeutige Benutzer-ID (Namens-ID)'], // 23
    save: ['Speichern'], // 14
  },
  'entra/certificates': {
    section: ['SAML-Signaturzertifikat'], // 24
    certificateBase64: ['Zertifikat (Base64)'], // 25
    certificateBase64Link: ['Zertifikat (Base64)'], // 25
    metadataUrl: ['App-Verbundmetadaten-URL'], // 26
    thumbprint: ['Fingerabdruck'], // 27
    expiration: ['Ablaufdatum'], // 28
  },
  'entra/setup-app': {
    section: ['{app} einrichten', 'Einrichten {app}'], // 29
    notThisSection: ['Einmaliges Anmelden (SSO) mit SAML einrichten'], // 5b
    loginUrl: ['Anmelde-URL'], // 30
    identifier: ['Azure AD-Bezeichner'], // 31
    logoutUrl: ['Abmelde-URL'], // 32
  },
  'entra/users-groups': {
    addUserGroup: ['Benutzer/Gruppe hinzufügen', 'Benutzer hinzufügen'], // 34
    displayName: ['Name'], // 18
    assign: ['Zuweisen'], // 35
  },
  'entra/provisioning': {
    page: ['Bereitstellung'], // 36
    mode: ['Bereitstellungsmodus'], // 37
    automatic: ['Automatisch'], // 38
    scope: ['Bereich'], // 44
    status: ['Bereitstellungsstatus'], // 45
    on: ['Ein'], // 46
    off: ['Aus'], // 46
    save: ['Speichern'], // 14
  },
  'entra/provisioning-credentials': {
    adminCredentials: ['Administratoranmeldeinformationen'], // 39
    tenantUrl: ['Mandanten-URL'], // 40
    secretToken: ['Geheimes Token'], // 41
    testConnection: ['Verbindung testen'], // 42
  },
};
