import type { LabelPack } from './pack';

/** Spanish (es). Row numbers: portal-i18n-and-clouds.md, section 1. */
export const es: LabelPack = {
  'entra/create-app': {
    pane: ['Cree su propia aplicación', 'Crear su propia aplicación'], // 3
    nonGallery: ['Integrar cualquier otra aplicación que no se encuentre en la galería'], // 4
  },
  'entra/basic-saml': {
    pane: ['Configuración básica de SAML'], // 7
    identifier: ['Identificador (id. de entidad)', 'Identificador (identificador de entidad)'], // 8
    replyUrl: [
      'URL de respuesta (URL del Servicio de consumidor de aserciones)',
      'Dirección URL de respuesta (URL del Servicio de consumidor de aserciones)',
      'URL de respuesta',
    ], // 9
    signOnUrl: ['URL de inicio de sesión'], // 10
    relayState: ['Estado de la retransmisión'], // 11
    logoutUrl: ['Dirección URL de cierre de sesión'], // 12
    edit: ['Editar'], // 13
    save: ['Guardar', 'Save (Guardar)'], // 14
  },
  'entra/claims': {
    page: ['Atributos y notificaciones de usuario', 'Atributos y notificaciones'], // 15
    addNewClaim: ['Agregar nueva notificación'], // 16
    manageClaim: ['Administrar notificaciones', 'Administrar las notificaciones del usuario'], // 17
    name: ['Nombre'], // 18
    claimNameColumn: ['Nombre'], // 18
    namespace: ['Espacio de nombres'], // 19
    namespaceColumn: ['Espacio de nombres'], // 19
    source: ['Origen'], // 20
    attributeOption: ['Atributo'], // 21
    sourceAttribute: ['Atributo de origen'], // 22
    valueColumn: ['Atributo de origen'], // 22
    uniqueUserIdentifier: ['identificador de usuario único (id. de nombre)'], // 23
    save: ['Guardar', 'Save (Guardar)'], // 14
  },
  'entra/certificates': {
    section: ['Certificado de firma de SAML', 'Certificados SAML'], // 24
    certificateBase64: ['Certificado (Base64)'], // 25
    certificateBase64Link: ['Certificado (Base64)'], // 25
    metadataUrl: ['dirección URL de metadatos de federación de la aplicación'], // 26
    thumbprint: ['Huella digital'], // 27
    expiration: ['Fecha de expiración'], // 28
  },
  'entra/setup-app': {
    section: ['Configurar {app}'], // 29
    notThisSection: ['Configuración del inicio de sesión único con SAML', 'Configurar el inicio de sesión único con SAML'], // 5b
    loginUrl: ['URL de inicio de sesión', 'Dirección URL de inicio de sesión'], // 30
    identifier: ['Identificador de Azure AD'], // 31
    logoutUrl: ['URL de cierre de sesión', 'Dirección URL de cierre de sesión'], // 32
  },
  'entra/users-groups': {
    addUserGroup: ['Agregar usuario o grupo', 'Agregar usuario'], // 34
    displayName: ['Nombre'], // 18
    assign: ['Asignar'], // 35
  },
  'entra/provisioning': {
    page: ['Aprovisionamiento'], // 36
    mode: ['Modo de aprovisionamiento'], // 37
    automatic: ['Automático'], // 38
    scope: ['Ámbito'], // 44
    status: ['Estado de aprovisionamiento'], // 45
    on: ['Activado'], // 46
    off: ['Desactivado'], // 46
    save: ['Guardar', 'Save (Guardar)'], // 14
  },
  'entra/provisioning-credentials': {
    adminCredentials: ['Credenciales de administrador'], // 39
    tenantUrl: ['URL de inquilino'], // 40
    secretToken: ['Token secreto'], // 41
    testConnection: ['Probar conexión'], // 42
  },
};
