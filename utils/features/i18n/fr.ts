import type { LabelPack } from './pack';

/** French (fr). Row numbers: portal-i18n-and-clouds.md, section 1. */
export const fr: LabelPack = {
  'entra/create-app': {
    pane: ['Créer votre propre application'], // 3
    nonGallery: ['Intégrer une autre application que vous ne trouvez pas dans la galerie'], // 4
  },
  'entra/basic-saml': {
    pane: ['Configuration SAML de base'], // 7
    identifier: ['Identificateur (ID d’entité)'], // 8
    replyUrl: ['URL de réponse (URL Assertion Consumer Service)', 'URL de réponse'], // 9
    signOnUrl: ['URL de connexion', 'URL d’authentification'], // 10
    relayState: ['État de relais'], // 11
    logoutUrl: ['URL de déconnexion'], // 12
    edit: ['Modifier'], // 13
    save: ['Enregistrer'], // 14
  },
  'entra/claims': {
    page: ['Attributs utilisateur et revendications', 'Attributs et revendications'], // 15
    addNewClaim: ['Ajouter une nouvelle revendication'], // 16
    manageClaim: ['Gérer la revendication', 'Gérer les revendications des utilisateurs'], // 17
    name: ['Nom'], // 18
    claimNameColumn: ['Nom'], // 18
    namespace: ['Espace de noms'], // 19
    namespaceColumn: ['Espace de noms'], // 19
    source: ['Source'], // 20
    attributeOption: ['Attribut'], // 21
    sourceAttribute: ['Attribut de la source', 'Attribut source'], // 22
    valueColumn: ['Attribut de la source', 'Attribut source'], // 22
    uniqueUserIdentifier: ['Identificateur unique de l’utilisateur (ID de nom)', 'Identificateur utilisateur unique (Name ID)'], // 23
    save: ['Enregistrer'], // 14
  },
  'entra/certificates': {
    section: ['Certificat de signature SAML', 'Certificats SAML'], // 24
    certificateBase64: ['Certificat (Base64)'], // 25
    certificateBase64Link: ['Certificat (Base64)'], // 25
    metadataUrl: ['URL des métadonnées de fédération de l’application'], // 26
    thumbprint: ['Empreinte', 'Empreinte numérique'], // 27
    expiration: ['Date d’expiration'], // 28
  },
  'entra/setup-app': {
    section: ['Configurer {app}'], // 29
    notThisSection: ['Configurer l’authentification unique avec SAML'], // 5b
    loginUrl: ['URL de connexion'], // 30
    identifier: ['Identificateur Azure AD'], // 31
    logoutUrl: ['URL de déconnexion'], // 32
  },
  'entra/users-groups': {
    addUserGroup: ['Ajouter un utilisateur/groupe', 'Ajouter un utilisateur'], // 34
    displayName: ['Nom'], // 18
    assign: ['Attribuer'], // 35
  },
  'entra/provisioning': {
    page: ['Approvisionnement', 'Provisionnement'], // 36
    mode: ['Mode d’approvisionnement', 'Mode de provisionnement'], // 37
    automatic: ['Automatique'], // 38
    scope: ['Étendue'], // 44
    status: ['État d’approvisionnement'], // 45
    on: ['Activé'], // 46 (Off: not found)
    save: ['Enregistrer'], // 14
  },
  'entra/provisioning-credentials': {
    adminCredentials: ['Informations d’identification de l’administrateur'], // 39
    tenantUrl: ['URL de locataire'], // 40
    secretToken: ['Jeton secret'], // 41
    testConnection: ['Tester la connexion'], // 42
  },
};
