/**
 * The portal API's wire shapes, as zod schemas. Shared by the server (which
 * validates request bodies) and the browser UIs (which validate responses), so
 * this file must stay free of Node imports.
 */
import { z } from 'zod';

// ---------- Entra: responses ----------

export const TenantViewSchema = z.object({
  id: z.string(),
  domain: z.string(),
  name: z.string(),
  /** state.faults.renamedLabels: { original label: label to render }. */
  renamedLabels: z.record(z.string(), z.string()),
});
export type TenantView = z.infer<typeof TenantViewSchema>;

export const AppSummarySchema = z.object({
  objectId: z.string(),
  appId: z.string(),
  name: z.string(),
  ssoMode: z.enum(['none', 'saml']),
});
export type AppSummary = z.infer<typeof AppSummarySchema>;

export const CertViewSchema = z.object({
  id: z.string(),
  thumbprint: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  status: z.enum(['Active', 'Inactive']),
});
export type CertView = z.infer<typeof CertViewSchema>;

export const UrlRowSchema = z.object({ value: z.string(), isDefault: z.boolean() });
export type UrlRow = z.infer<typeof UrlRowSchema>;

export const ClaimViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  namespace: z.string(),
  source: z.enum(['Attribute', 'Transformation']),
  sourceAttribute: z.string(),
});
export type ClaimView = z.infer<typeof ClaimViewSchema>;

export const PrincipalViewSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  type: z.enum(['User', 'Group']),
  /** UPN for users, member count text for groups. */
  detail: z.string(),
});
export type PrincipalView = z.infer<typeof PrincipalViewSchema>;

export const ProvisioningViewSchema = z.object({
  mode: z.enum(['Manual', 'Automatic']),
  tenantUrl: z.string(),
  secretToken: z.string(),
  scope: z.enum(['assigned', 'all']),
  status: z.enum(['On', 'Off']),
  mappings: z.array(z.object({ source: z.string(), target: z.string() })),
  lastTestResult: z.enum(['success', 'failure']).nullable(),
  configuredAt: z.string().nullable(),
  lastCycle: z
    .object({
      at: z.string(),
      created: z.number(),
      updated: z.number(),
      deactivated: z.number(),
      errors: z.array(z.string()),
    })
    .nullable(),
  /** The job's status after the last cycle (the quarantine banner). */
  job: z
    .object({ code: z.enum(['Active', 'Quarantine']), quarantineReason: z.string().nullable(), error: z.string().nullable() })
    .nullable(),
});
export type ProvisioningView = z.infer<typeof ProvisioningViewSchema>;

export const AppDetailSchema = AppSummarySchema.extend({
  identifiers: z.array(UrlRowSchema),
  replyUrls: z.array(UrlRowSchema),
  signOnUrl: z.string(),
  relayState: z.string(),
  logoutUrl: z.string(),
  nameIdSourceAttribute: z.string(),
  claims: z.array(ClaimViewSchema),
  certificates: z.array(CertViewSchema),
  signingOption: z.enum(['assertion', 'response', 'both']),
  signingAlgorithm: z.enum(['SHA-256', 'SHA-1']),
  notificationEmail: z.string(),
  assignments: z.array(PrincipalViewSchema),
  provisioning: ProvisioningViewSchema,
  /** Values Entra shows in "Set up <app>" and "SAML Certificates". */
  urls: z.object({
    loginUrl: z.string(),
    entraIdentifier: z.string(),
    logoutUrl: z.string(),
    federationMetadataUrl: z.string(),
    testUrl: z.string(),
  }),
});
export type AppDetail = z.infer<typeof AppDetailSchema>;

export const DirectoryViewSchema = z.object({ principals: z.array(PrincipalViewSchema) });

export const TestConnectionResultSchema = z.object({ ok: z.boolean(), message: z.string() });
export type TestConnectionResult = z.infer<typeof TestConnectionResultSchema>;

export const ApiErrorSchema = z.object({ error: z.string() });

// ---------- Entra: request bodies ----------

export const CreateAppBodySchema = z.object({
  name: z.string().trim().min(1, 'Enter the name of your app').max(120),
  kind: z.enum(['nonGallery', 'appProxy', 'federatedApp']),
});

export const SsoModeBodySchema = z.object({ mode: z.enum(['none', 'saml']) });

export const BasicSamlBodySchema = z.object({
  identifiers: z.array(UrlRowSchema),
  replyUrls: z.array(UrlRowSchema),
  signOnUrl: z.string(),
  relayState: z.string(),
  logoutUrl: z.string(),
});
export type BasicSamlBody = z.infer<typeof BasicSamlBodySchema>;

export const ClaimBodySchema = z.object({
  name: z.string().trim().min(1, 'Claim name is required').max(256),
  namespace: z.string().trim().max(1024),
  source: z.enum(['Attribute', 'Transformation']),
  sourceAttribute: z.string().trim().min(1, 'Source attribute is required'),
});
export type ClaimBody = z.infer<typeof ClaimBodySchema>;

export const NameIdBodySchema = z.object({ sourceAttribute: z.string().trim().min(1) });

export const SigningBodySchema = z.object({
  signingOption: z.enum(['assertion', 'response', 'both']),
  signingAlgorithm: z.enum(['SHA-256', 'SHA-1']),
  notificationEmail: z.string().trim(),
});

export const NewCertBodySchema = z.object({ validityYears: z.number().int().min(1).max(3).default(3) });

export const AssignBodySchema = z.object({ principalIds: z.array(z.string()).min(1, 'Select at least one user or group') });

export const ProvisioningBodySchema = z.object({
  mode: z.enum(['Manual', 'Automatic']),
  tenantUrl: z.string().trim(),
  secretToken: z.string().trim(),
  scope: z.enum(['assigned', 'all']),
  status: z.enum(['On', 'Off']),
});
export type ProvisioningBody = z.infer<typeof ProvisioningBodySchema>;

export const ScimTestBodySchema = z.object({
  tenantUrl: z.string().trim(),
  secretToken: z.string().trim(),
  /** The newer flow's Authentication Method; the classic page always uses the Secret Token. */
  authMethod: z.enum(['bearer', 'oauth2']).optional(),
});

/** The newer flow's "Create": the Authentication Method and the credentials a passing test used. */
export const NewProvisioningConfigBodySchema = z.object({
  authMethod: z.enum(['bearer', 'oauth2']),
  tenantUrl: z.string().trim(),
  secretToken: z.string().trim(),
});
export type NewProvisioningConfigBody = z.infer<typeof NewProvisioningConfigBodySchema>;

// ---------- JustCall ----------

export const JustCallCertInfoSchema = z.object({
  thumbprint: z.string(),
  notAfter: z.string(),
  subject: z.string(),
});

export const JustCallLayoutSchema = z.object({
  name: z.enum(['seed', 'sso-url-paste', 'entry-point', 'saml-endpoint', 'side-card']),
  spValues: z.enum(['card', 'side-card', 'hidden']),
  idpUrlLabel: z.string(),
  issuerField: z.boolean(),
  certificate: z.enum(['upload', 'paste']),
  provisioning: z.enum(['page', 'not-found', 'not-supported']),
});

export const JustCallSsoViewSchema = z.object({
  layout: JustCallLayoutSchema,
  enabled: z.boolean(),
  protocol: z.enum(['SAML 2.0', '']),
  showSpValues: z.boolean(),
  acsUrl: z.string(),
  entityId: z.string(),
  ssoUrl: z.string(),
  issuer: z.string(),
  certificateFileName: z.string(),
  certificate: JustCallCertInfoSchema.nullable(),
  defaultRole: z.enum(['Agent', 'Supervisor', 'Admin', '']),
  savedAt: z.string().nullable(),
  lastTest: TestConnectionResultSchema.nullable(),
});
export type JustCallSsoView = z.infer<typeof JustCallSsoViewSchema>;

export const JustCallSsoToggleBodySchema = z.object({
  enabled: z.boolean(),
  protocol: z.enum(['SAML 2.0', '']),
});

export const JustCallSsoSaveBodySchema = z.object({
  ssoUrl: z.string().trim(),
  issuer: z.string().trim(),
  /** Absent = keep the certificate; an empty fileName means it was pasted, not uploaded. */
  certificate: z.object({ fileName: z.string(), text: z.string().max(65536) }).optional(),
  defaultRole: z.enum(['Agent', 'Supervisor', 'Admin', '']),
});
export type JustCallSsoSaveBody = z.infer<typeof JustCallSsoSaveBodySchema>;

export const JustCallScimViewSchema = z.object({
  tenantUrl: z.string(),
  hasToken: z.boolean(),
  /** The token itself once revealed or just generated, else ''. */
  secretToken: z.string(),
});
export type JustCallScimView = z.infer<typeof JustCallScimViewSchema>;

export const JustCallUserViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: z.string(),
  active: z.boolean(),
  source: z.enum(['owner', 'scim', 'sso']),
});
export const JustCallUsersViewSchema = z.object({ users: z.array(JustCallUserViewSchema) });
export type JustCallUserView = z.infer<typeof JustCallUserViewSchema>;

export const JustCallLoginBodySchema = z.object({
  email: z.string().trim().min(1, 'Enter your email'),
  password: z.string().min(1, 'Enter your password'),
});

/** One provisioning log record as the blade shows it (Graph's provisioningObjectSummary; the rest passes through). */
export const ProvisioningLogRecordSchema = z
  .object({
    id: z.string(),
    activityDateTime: z.string(),
    changeId: z.string(),
    cycleId: z.string(),
    jobId: z.string(),
    provisioningAction: z.string(),
    sourceSystem: z.object({ displayName: z.string() }).loose(),
    targetSystem: z.object({ displayName: z.string() }).loose(),
    sourceIdentity: z.object({ id: z.string(), displayName: z.string() }).loose(),
    targetIdentity: z.object({ id: z.string() }).loose(),
    provisioningStatusInfo: z.object({
      status: z.string(),
      errorInformation: z
        .object({ errorCode: z.string(), reason: z.string(), recommendedAction: z.string().nullable() })
        .loose()
        .nullable(),
    }),
    provisioningSteps: z.array(
      z.object({
        name: z.string(),
        provisioningStepType: z.string(),
        status: z.string(),
        description: z.string(),
        details: z.record(z.string(), z.string()),
      }),
    ),
    modifiedProperties: z.array(z.object({ displayName: z.string(), oldValue: z.string().nullable(), newValue: z.string().nullable() })),
  })
  .loose();
export type ProvisioningLogRecordView = z.infer<typeof ProvisioningLogRecordSchema>;

export const ProvisioningLogsSchema = z.object({ value: z.array(ProvisioningLogRecordSchema) }).loose();

export const OnDemandResultSchema = z
  .object({ steps: z.array(z.object({ title: z.string(), status: z.string(), description: z.string() })) })
  .loose();
