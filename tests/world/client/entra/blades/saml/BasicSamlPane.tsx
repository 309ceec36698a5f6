import { useEffect, useState } from 'react';
import { z } from 'zod';
import { hasErrors, validateBasicSaml, type BasicSamlErrors } from '../../../../server/portal-api/basic-saml-rules';
import { AppDetailSchema, type AppDetail, type BasicSamlBody, type UrlRow } from '../../../../server/portal-api/views';
import { api, ApiError, delay, errorText } from '../../../shared/api';
import { useLabel } from '../../../shared/labels';
import { SaveIcon } from '../../../shared/icons';
import { useNotify } from '../notify';
import { CommandBar, Pane, Spinner, TextField } from '../ui';
import { UrlRows } from './UrlRows';

function draftFrom(app: AppDetail): BasicSamlBody {
  const rows = (r: UrlRow[]) => (r.length ? r.map((x) => ({ ...x })) : [{ value: '', isDefault: true }]);
  return {
    identifiers: rows(app.identifiers),
    replyUrls: rows(app.replyUrls),
    signOnUrl: app.signOnUrl,
    relayState: app.relayState,
    logoutUrl: app.logoutUrl,
  };
}

const FieldErrorsSchema = z.object({ fields: z.record(z.string(), z.unknown()) });

/**
 * "Basic SAML Configuration" edit pane. It draws late (a spinner first, like
 * the portal), keeps every input controlled, and after Save the parent
 * re-mounts it from the server's values.
 */
export function BasicSamlPane({ app, onSaved, onClose }: { app: AppDetail; onSaved: (app: AppDetail) => void; onClose: () => void }) {
  const L = useLabel();
  const notify = useNotify();
  const [ready, setReady] = useState(false);
  const [draft, setDraft] = useState<BasicSamlBody>(() => draftFrom(app));
  const [errors, setErrors] = useState<BasicSamlErrors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    void delay(300 + Math.floor(Math.random() * 500)).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);

  const save = async () => {
    const found = validateBasicSaml(draft);
    setErrors(found);
    if (hasErrors(found)) return;
    setSaving(true);
    try {
      const saved = await api(AppDetailSchema, 'PUT', `/api/entra/apps/${app.objectId}/saml/basic`, draft);
      notify({
        kind: 'success',
        title: 'Saved single sign-on configuration',
        detail: `Successfully updated ${app.name} Single sign-on settings`,
      });
      onSaved(saved);
    } catch (e) {
      const fields = e instanceof ApiError ? FieldErrorsSchema.safeParse(e.body) : null;
      notify({ kind: 'error', title: 'Failed to save single sign-on configuration', detail: errorText(e) });
      if (fields?.success) setErrors(validateBasicSaml(draft));
      setSaving(false);
    }
  };

  return (
    <Pane title="Basic SAML Configuration" onClose={onClose} wide>
      {!ready ? (
        <Spinner />
      ) : (
        <form
          className="pane-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <CommandBar
            buttons={[
              { label: 'Save', icon: <SaveIcon />, onClick: () => void save(), disabled: saving },
              { label: 'Got feedback?', icon: '♡', onClick: () => undefined },
            ]}
          />
          <UrlRows
            label={L('Identifier (Entity ID)')}
            description="The unique ID that identifies your application to Microsoft Entra ID. This value must be unique across all applications in your Microsoft Entra tenant. The default identifier will be the audience of the SAML response for IDP-initiated SSO."
            addLabel={L('Add identifier')}
            rows={draft.identifiers}
            onChange={(identifiers) => setDraft((d) => ({ ...d, identifiers }))}
            error={errors.identifiers}
            rowErrors={errors.identifierRows}
          />
          <UrlRows
            label={L('Reply URL (Assertion Consumer Service URL)')}
            description="The reply URL is where the application expects to receive the authentication token. This is also referred to as the “Assertion Consumer Service” (ACS) in SAML."
            addLabel={L('Add reply URL')}
            rows={draft.replyUrls}
            onChange={(replyUrls) => setDraft((d) => ({ ...d, replyUrls }))}
            error={errors.replyUrls}
            rowErrors={errors.replyUrlRows}
          />
          <TextField
            label={L('Sign on URL (Optional)')}
            info="Sign on URL is used if you would like to perform service provider-initiated single sign-on."
            value={draft.signOnUrl}
            onChange={(signOnUrl) => setDraft((d) => ({ ...d, signOnUrl }))}
            placeholder="Enter a sign on URL"
            error={errors.signOnUrl}
          />
          <TextField
            label={L('Relay State (Optional)')}
            info="The Relay State instructs the application where to redirect users after authentication is completed."
            value={draft.relayState}
            onChange={(relayState) => setDraft((d) => ({ ...d, relayState }))}
            placeholder="Enter a relay state"
          />
          <TextField
            label={L('Logout Url (Optional)')}
            info="This URL is used to send the SAML logout response back to the application."
            value={draft.logoutUrl}
            onChange={(logoutUrl) => setDraft((d) => ({ ...d, logoutUrl }))}
            placeholder="Enter a logout url"
            error={errors.logoutUrl}
          />
        </form>
      )}
    </Pane>
  );
}
