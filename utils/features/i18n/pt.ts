import type { LabelPack } from './pack';

/** Portuguese (pt; the strings are pt-BR). Row numbers: portal-i18n-and-clouds.md, section 1. */
export const pt: LabelPack = {
  'entra/create-app': {
    pane: ['Criar seu aplicativo', 'Criar seu próprio aplicativo'], // 3
    nonGallery: [
      'integrar qualquer outro aplicativo que você não encontre na Galeria',
      'Integrar qualquer outro aplicativo que você não encontra na galeria (Non-gallery)',
    ], // 4
  },
  'entra/basic-saml': {
    pane: ['Configuração Básica de SAML', 'Configuração básica do SAML'], // 7
    identifier: ['Identificador (ID da Entidade)'], // 8
    replyUrl: ['URL de Resposta (URL do Serviço do Consumidor de Declaração)', 'URL de Resposta'], // 9
    signOnUrl: ['URL de Logon'], // 10
    relayState: ['Estado de Retransmissão'], // 11
    logoutUrl: ['URL de logoff'], // 12
    edit: ['Editar'], // 13
    save: ['Salvar'], // 14
  },
  'entra/claims': {
    page: ['Atributos e declarações de usuário', 'Atributos e Declarações do Usuário'], // 15
    addNewClaim: ['Adicionar nova declaração', 'Adicionar nova reivindicação'], // 16
    manageClaim: ['Gerenciar declaração', 'gerenciar declarações do usuário'], // 17
    name: ['Nome'], // 18
    claimNameColumn: ['Nome'], // 18
    namespace: ['namespace'], // 19
    namespaceColumn: ['namespace'], // 19
    source: ['origem'], // 20
    attributeOption: ['atributo'], // 21
    sourceAttribute: ['Atributo de origem'], // 22
    valueColumn: ['Atributo de origem'], // 22
    uniqueUserIdentifier: ['Identificador de usuário exclusivo', 'identificador exclusivo do identificador de usuário (ID de nome)'], // 23 (the second is the doc's garbled form)
    save: ['Salvar'], // 14
  },
  'entra/certificates': {
    section: ['Certificado de Autenticação SAML', 'Certificados SAML'], // 24
    certificateBase64: ['Certificado (Base64)'], // 25
    certificateBase64Link: ['Certificado (Base64)'], // 25
    metadataUrl: ['URL de Metadados de Federação do Aplicativo'], // 26
    thumbprint: ['Impressão Digital'], // 27
    expiration: ['data de validade'], // 28
  },
  'entra/setup-app': {
    section: ['Configurar o {app}', 'Configurar {app}'], // 29
    notThisSection: ['Configurar logon único com SAML', 'Definir Logon Único com SAML'], // 5b
    loginUrl: ['URL de Logon'], // 30
    identifier: ['Identificador do Azure AD'], // 31
    logoutUrl: ['URL de Logoff', 'URL de logout'], // 32
  },
  'entra/users-groups': {
    addUserGroup: ['Adicionar usuário/grupo', 'Adicionar usuário'], // 34
    displayName: ['Nome'], // 18
    assign: ['Atribuir'], // 35
  },
  'entra/provisioning': {
    page: ['Provisionamento'], // 36
    mode: ['Modo de Provisionamento'], // 37
    automatic: ['Automático'], // 38
    scope: ['escopo'], // 44
    status: ['status de provisionamento'], // 45
    on: ['ativado'], // 46
    off: ['Desativado'], // 46
    save: ['Salvar'], // 14
  },
  'entra/provisioning-credentials': {
    adminCredentials: ['credenciais de administrador'], // 39
    tenantUrl: ['URL do locatário'], // 40
    secretToken: ['token secreto'], // 41
    testConnection: ['testar conexão'], // 42
  },
};
