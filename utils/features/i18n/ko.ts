import type { LabelPack } from './pack';

/** Korean (ko). Row numbers: portal-i18n-and-clouds.md, section 1. */
export const ko: LabelPack = {
  'entra/create-app': {
    pane: ['자신만의 애플리케이션', '자신의 애플리케이션 만들기', '나만의 애플리케이션 만들기', '자체 애플리케이션 만들기'], // 3
    nonGallery: ['갤러리에서 찾을 수 없는 다른 애플리케이션 통합', '갤러리에서 찾을 수 없는 다른 애플리케이션 통합(비갤러리)'], // 4
  },
  'entra/basic-saml': {
    pane: ['기본 SAML 구성'], // 7
    identifier: ['식별자(엔터티 ID)', 'ID(엔터티 ID)'], // 8
    replyUrl: ['회신 URL(Assertion Consumer Service URL)', '회신 URL'], // 9
    signOnUrl: ['로그온 URL'], // 10
    relayState: ['릴레이 상태'], // 11
    logoutUrl: ['로그아웃 URL'], // 12
    edit: ['편집'], // 13
    save: ['저장'], // 14
  },
  'entra/claims': {
    page: ['사용자 특성 및 클레임'], // 15
    addNewClaim: ['새 클레임 추가'], // 16
    manageClaim: ['클레임 관리', '사용자 클레임 관리'], // 17
    name: ['이름'], // 18
    claimNameColumn: ['이름'], // 18
    namespace: ['네임스페이스'], // 19
    namespaceColumn: ['네임스페이스'], // 19
    source: ['원본'], // 20
    attributeOption: ['특성'], // 21
    sourceAttribute: ['원본 특성'], // 22
    valueColumn: ['원본 특성'], // 22
    uniqueUserIdentifier: ['고유한 사용자 id (이름 ID)'], // 23
    save: ['저장'], // 14
  },
  'entra/certificates': {
    section: ['SAML 서명 인증서', 'SAML 인증서'], // 24
    certificateBase64: ['인증서(Base64)'], // 25
    certificateBase64Link: ['인증서(Base64)'], // 25
    metadataUrl: ['앱 페더레이션 메타데이터 URL'], // 26
    thumbprint: ['지문'], // 27
    expiration: ['만료 날짜'], // 28
  },
  'entra/setup-app': {
    section: ['{app} 설정', '설정 {app}'], // 29
    notThisSection: ['SAML로 Single Sign-On 설정'], // 5b
    loginUrl: ['로그인 URL'], // 30
    identifier: ['Azure AD 식별자'], // 31
    logoutUrl: ['로그아웃 URL'], // 32
  },
  'entra/users-groups': {
    addUserGroup: ['사용자/그룹 추가', '사용자 추가'], // 34
    displayName: ['이름'], // 18
    assign: ['할당'], // 35
  },
  'entra/provisioning': {
    page: ['프로비저닝'], // 36
    mode: ['프로비저닝 모드'], // 37
    automatic: ['자동'], // 38
    scope: ['범위'], // 44
    status: ['프로비저닝 상태', '프로비전 상태'], // 45
    on: ['켜기'], // 46
    off: ['끄기'], // 46
    save: ['저장'], // 14
  },
  'entra/provisioning-credentials': {
    adminCredentials: ['관리자 자격 증명'], // 39
    tenantUrl: ['테넌트 URL'], // 40
    secretToken: ['비밀 토큰'], // 41
    testConnection: ['테스트 연결'], // 42
  },
};
