import type { LabelPack } from './pack';

/** Chinese (zh; the strings are zh-CN). Row numbers: portal-i18n-and-clouds.md, section 1. */
export const zh: LabelPack = {
  'entra/create-app': {
    pane: ['创建你自己的应用程序'], // 3 (third-party pages only)
    nonGallery: ['集成未在库中找到的任何其他应用程序', '集成未在库中找到的任何其他应用程序(非库)'], // 4
  },
  'entra/basic-saml': {
    pane: ['基本 SAML 配置'], // 7
    identifier: ['标识符(实体 ID)'], // 8
    replyUrl: ['回复 URL (断言使用者服务 URL)', '回复 URL'], // 9
    signOnUrl: ['登录 URL'], // 10
    relayState: ['中继状态'], // 11
    logoutUrl: ['注销 URL'], // 12
    edit: ['编辑'], // 13
    save: ['保存'], // 14
  },
  'entra/claims': {
    page: ['用户属性和声明', '用户特性和声明'], // 15
    addNewClaim: ['添加新声明'], // 16
    manageClaim: ['管理声明', '管理用户声明'], // 17
    name: ['名称'], // 18
    claimNameColumn: ['名称'], // 18
    namespace: ['命名空间'], // 19
    namespaceColumn: ['命名空间'], // 19
    source: ['源'], // 20
    attributeOption: ['属性'], // 21
    sourceAttribute: ['源属性'], // 22
    valueColumn: ['源属性'], // 22
    uniqueUserIdentifier: ['唯一的用户标识符 (名称 ID)'], // 23
    save: ['保存'], // 14
  },
  'entra/certificates': {
    section: ['SAML 签名证书', 'SAML 证书'], // 24
    certificateBase64: ['证书(Base64)'], // 25
    certificateBase64Link: ['证书(Base64)'], // 25
    metadataUrl: ['应用联合元数据 URL'], // 26
    thumbprint: ['指纹'], // 27
    expiration: ['过期日期'], // 28
  },
  'entra/setup-app': {
    section: ['设置 {app}'], // 29
    notThisSection: ['设置 SAML 单一登录', '使用 SAML 设置单一登录'], // 5b
    loginUrl: ['登录 URL'], // 30
    identifier: ['Microsoft Entra 标识符', 'Azure AD 标识符'], // 31
    logoutUrl: ['注销 URL'], // 32
  },
  'entra/users-groups': {
    addUserGroup: ['添加用户/组', '添加用户'], // 34
    displayName: ['名称'], // 18
    assign: ['分配'], // 35
  },
  'entra/provisioning': {
    page: ['预配'], // 36
    mode: ['预配模式'], // 37
    automatic: ['自动'], // 38
    scope: ['范围'], // 44
    status: ['预配状态'], // 45
    on: ['启用'], // 46
    off: ['关闭'], // 46
    save: ['保存'], // 14
  },
  'entra/provisioning-credentials': {
    adminCredentials: ['管理员凭据'], // 39
    tenantUrl: ['租户 URL'], // 40
    secretToken: ['机密令牌'], // 41
    testConnection: ['测试连接'], // 42
  },
};
