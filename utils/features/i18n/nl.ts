import type { LabelPack } from './pack';

/** Dutch (nl). Row numbers: portal-i18n-and-clouds.md, section 1. Row 23 has no usable form (English is tried). */
export const nl: LabelPack = {
  'entra/create-app': {
    pane: ['Uw eigen toepassing maken'], // 3
    nonGallery: [
      'een andere toepassing integreren die u niet in de galerie vindt',
      'Integreer alle andere toepassingen die u niet in de galerie vindt',
    ], // 4
  },
  'entra/basic-saml': {
    pane: ['Standaard SAML-configuratie', 'Basis-SAML-configuratie'], // 7
    identifier: ['Id (Entiteits-id)'], // 8
    replyUrl: ['Antwoord-URL (URL voor Assertion Consumer Service)', 'Antwoord-URL'], // 9
    signOnUrl: ['Aanmeldings-URL'], // 10
    relayState: ['Relaystatus'], // 11
    logoutUrl: ['Afmeldings-URL'], // 12
    edit: ['Bewerken'], // 13
    save: ['Opslaan'], // 14
  },
  'entra/claims': {
    page: ['Gebruikerskenmerken en claims', 'Gebruikerskenmerken & claims', 'Gebruikers kenmerken en claims'], // 15
    addNewClaim: ['Nieuwe claim toevoegen'], // 16
    manageClaim: ['Claim beheren', 'Gebruikersclaims beheren'], // 17
    name: ['Naam'], // 18
    claimNameColumn: ['Naam'], // 18
    namespace: ['Naamruimte'], // 19
    namespaceColumn: ['Naamruimte'], // 19
    source: ['Bron'], // 20
    attributeOption: ['Kenmerk'], // 21
    sourceAttribute: ['Bronkenmerk'], // 22
    valueColumn: ['Bronkenmerk'], // 22
    save: ['Opslaan'], // 14
  },
  'entra/certificates': {
    section: ['SAML-handtekeningcertificaat', 'SAML-certificaten'], // 24
    certificateBase64: ['Certificaat (Base64)'], // 25
    certificateBase64Link: ['Certificaat (Base64)'], // 25
    metadataUrl: ['URL voor de federatieve meta gegevens van de app', 'url van de appfederatie-metagegevens'], // 26
    thumbprint: ['Vingerafdruk'], // 27
    expiration: ['vervaldatum', 'verval datum'], // 28
  },
  'entra/setup-app': {
    section: ['{app} instellen', 'instellen {app}'], // 29
    notThisSection: ['Eenmalige aanmelding met SAML instellen'], // 5b
    loginUrl: ['Aanmeldings-URL'], // 30
    identifier: ['Azure AD-id'], // 31
    logoutUrl: ['Afmeldings-URL'], // 32
  },
  'entra/users-groups': {
    addUserGroup: ['gebruiker/groep toevoegen', 'Gebruiker toevoegen'], // 34
    displayName: ['Naam'], // 18
    assign: ['Toewijzen'], // 35
  },
  'entra/provisioning': {
    page: ['Inrichten', 'Inrichting'], // 36
    mode: ['Inrichtingsmodus'], // 37
    automatic: ['Automatisch'], // 38
    scope: ['Bereik'], // 44
    status: ['Inrichtingsstatus'], // 45
    on: ['Aan'], // 46
    off: ['Uit'], // 46
    save: ['Opslaan'], // 14
  },
  'entra/provisioning-credentials': {
    adminCredentials: ['beheerdersreferenties'], // 39
    tenantUrl: ['Tenant-URL'], // 40
    secretToken: ['Geheime token'], // 41
    testConnection: ['Verbinding testen'], // 42
  },
};
