import type { LabelPack } from './pack';

/** Italian (it). Row numbers: portal-i18n-and-clouds.md, section 1. */
export const it: LabelPack = {
  'entra/create-app': {
    pane: ["Crea un'applicazione personalizzata"], // 3
    nonGallery: [
      'Consente di integrare qualsiasi altra applicazione non trovata nella raccolta',
      'Integra qualsiasi altra applicazione non presente nella raccolta',
    ], // 4
  },
  'entra/basic-saml': {
    pane: ['Configurazione SAML di base'], // 7
    identifier: ['Identificatore (ID entità)'], // 8
    replyUrl: ['URL di risposta (URL del servizio consumer di asserzione)', 'URL di risposta'], // 9
    signOnUrl: ['URL di accesso'], // 10
    relayState: ["Stato dell'inoltro"], // 11
    logoutUrl: ['URL di disconnessione'], // 12
    edit: ['Modifica'], // 13
    save: ['Salva'], // 14
  },
  'entra/claims': {
    page: ['Attributi e attestazioni utente', 'attributi utente & attestazioni'], // 15
    addNewClaim: ['Aggiungi nuova attestazione'], // 16
    manageClaim: ['Gestisci attestazione', 'Gestisci attestazioni utente'], // 17
    name: ['Nome'], // 18
    claimNameColumn: ['Nome'], // 18
    namespace: ['Spazio dei nomi'], // 19
    namespaceColumn: ['Spazio dei nomi'], // 19
    source: ['Origine'], // 20
    attributeOption: ['Attributo'], // 21
    sourceAttribute: ['Attributo di origine'], // 22
    valueColumn: ['Attributo di origine'], // 22
    uniqueUserIdentifier: ["identificatore univoco dell'identificatore utente (ID nome)"], // 23 (the doc's garbled form)
    save: ['Salva'], // 14
  },
  'entra/certificates': {
    section: ['Certificato di firma SAML'], // 24
    certificateBase64: ['Certificato (Base64)'], // 25
    certificateBase64Link: ['Certificato (Base64)'], // 25
    metadataUrl: ["URL dei metadati della federazione dell'app"], // 26
    thumbprint: ['Identificazione personale'], // 27
    expiration: ['Data di scadenza'], // 28
  },
  'entra/setup-app': {
    section: ['Configura {app}'], // 29
    notThisSection: ["Configura l'accesso Single Sign-On con SAML"], // 5b
    loginUrl: ['URL di accesso'], // 30
    identifier: ['Identificatore Azure AD'], // 31
    logoutUrl: ['URL di chiusura sessione', 'URL di disconnessione'], // 32
  },
  'entra/users-groups': {
    addUserGroup: ['Aggiungi utente/gruppo', 'Aggiungi utente'], // 34
    displayName: ['Nome'], // 18
    assign: ['Assegna'], // 35
  },
  'entra/provisioning': {
    page: ['Provisioning'], // 36
    mode: ['Modalità di provisioning'], // 37
    automatic: ['Automatico'], // 38
    scope: ['ambito'], // 44
    status: ['stato del provisioning'], // 45
    on: ['attivato'], // 46
    off: ['disattivato'], // 46
    save: ['Salva'], // 14
  },
  'entra/provisioning-credentials': {
    adminCredentials: ['credenziali amministratore'], // 39
    tenantUrl: ['URL tenant'], // 40
    secretToken: ['token segreto'], // 41
    testConnection: ['Test connessione'], // 42
  },
};
