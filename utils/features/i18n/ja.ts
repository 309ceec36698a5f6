import type { LabelPack } from './pack';

/** Japanese (ja). Row numbers: portal-i18n-and-clouds.md, section 1 (observation 6 for 作成). */
export const ja: LabelPack = {
  'entra/create-app': {
    pane: ['独自のアプリケーションの作成'], // 3
    nonGallery: [
      'ギャラリーに見つからないその他のアプリケーションを統合します (ギャラリー以外)',
      'ギャラリーに見つからないその他のアプリケーションを統合します',
    ], // 4
    create: ['作成'], // observation 6
  },
  'entra/basic-saml': {
    pane: ['基本的な SAML 構成'], // 7
    identifier: ['識別子 (エンティティ ID)'], // 8
    replyUrl: ['応答 URL (Assertion Consumer Service URL)', '応答 URL'], // 9
    signOnUrl: ['サインオン URL'], // 10
    relayState: ['リレー状態'], // 11
    logoutUrl: ['ログアウト URL'], // 12
    edit: ['編集'], // 13
    save: ['保存'], // 14
  },
  'entra/claims': {
    page: ['属性とクレーム', 'ユーザー属性とクレーム'], // 15
    addNewClaim: ['新しいクレームの追加'], // 16
    manageClaim: ['要求の管理', 'ユーザー クレームの管理'], // 17
    name: ['名前'], // 18
    claimNameColumn: ['名前'], // 18
    namespace: ['名前空間'], // 19
    namespaceColumn: ['名前空間'], // 19
    source: ['ソース'], // 20
    attributeOption: ['属性'], // 21
    sourceAttribute: ['ソース属性'], // 22
    valueColumn: ['ソース属性'], // 22
    uniqueUserIdentifier: ['一意のユーザー識別子 (名前 ID)'], // 23
    save: ['保存'], // 14
  },
  'entra/certificates': {
    section: ['SAML 署名証明書', 'SAML 証明書'], // 24
    certificateBase64: ['証明書 (Base64)'], // 25
    certificateBase64Link: ['証明書 (Base64)'], // 25
    metadataUrl: ['アプリのフェデレーション メタデータ URL'], // 26
    thumbprint: ['拇印'], // 27
    expiration: ['有効期限'], // 28
  },
  'entra/setup-app': {
    section: ['{app} のセットアップ', '{app} の設定'], // 29
    notThisSection: ['SAML でシングル サインオンをセットアップします', 'SAML でのシングル サインオンの設定'], // 5b
    loginUrl: ['ログイン URL'], // 30
    identifier: ['Microsoft Entra 識別子', 'Azure AD 識別子'], // 31
    logoutUrl: ['ログアウト URL'], // 32
  },
  'entra/users-groups': {
    addUserGroup: ['ユーザーまたはグループの追加', 'ユーザーの追加'], // 34
    displayName: ['名前'], // 18
    assign: ['割り当て'], // 35
  },
  'entra/provisioning': {
    page: ['プロビジョニング'], // 36
    mode: ['プロビジョニング モード'], // 37
    automatic: ['自動'], // 38
    scope: ['スコープ'], // 44
    status: ['プロビジョニングの状態'], // 45
    on: ['オン'], // 46
    off: ['オフ'], // 46
    save: ['保存'], // 14
  },
  'entra/provisioning-credentials': {
    adminCredentials: ['管理者資格情報'], // 39
    tenantUrl: ['テナント URL', 'テナントの URL'], // 40
    secretToken: ['シークレット トークン'], // 41
    testConnection: ['接続テスト', 'テスト接続'], // 42 ("Test Connection" stays English on Learn; English is always tried)
    create: ['作成'], // observation 6
  },
};
