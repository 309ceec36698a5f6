/** What every Fluent view shares: its context, the app it shows, and labels with info tooltips. */
import { Icon, Label, Stack, TooltipHost } from '@fluentui/react';
import { createContext, useCallback, useContext, useEffect, useId, useState } from 'react';
import type { AppDetail } from '../../../server/portal-api/views';
import { errorText } from '../../shared/api';
import { entra } from '../ibiza/api';
import type { ViewContext } from '../ibiza/context';

export const CtxContext = createContext<ViewContext | null>(null);

export function useCtx(): ViewContext {
  const ctx = useContext(CtxContext);
  if (!ctx) throw new Error('A view rendered outside its context');
  return ctx;
}

/** A DOM-safe id (React's contain colons). */
export function useDomId(prefix: string): string {
  return `${prefix}${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** The app the view shows; reloaded when any view changes it. `changed` shows a mutation's answer and tells the others. */
export function useApp(): { app: AppDetail | null; error: string; reload: () => Promise<void>; changed: (a: AppDetail) => void } {
  const ctx = useCtx();
  const objectId = ctx.params.objectId ?? '';
  const [app, setApp] = useState<AppDetail | null>(null);
  const [error, setError] = useState('');
  const reload = useCallback(async () => {
    if (!objectId) return;
    try {
      setApp(await entra.app(objectId));
    } catch (e) {
      setError(errorText(e));
    }
  }, [objectId]);
  useEffect(() => {
    void reload();
    return ctx.host.onAppChanged(() => void reload());
  }, [ctx.host, reload]);
  const changed = useCallback(
    (a: AppDetail) => {
      setApp(a);
      ctx.host.appChanged();
    },
    [ctx.host],
  );
  return { app, error, reload, changed };
}

/** Runs a request; a failure becomes the portal's error notification. */
export async function attempt<T>(ctx: ViewContext, failTitle: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    ctx.host.notify({ kind: 'error', title: failTitle, detail: errorText(e) });
    return undefined;
  }
}

/**
 * A field label with an info icon whose TooltipHost sits inside the <label>:
 * the hidden tooltip text is then part of the label's text content
 * (portal-dom-evidence.md point 5).
 */
export function InfoLabel({
  id,
  htmlFor,
  text,
  info,
  required,
}: {
  id?: string;
  htmlFor?: string;
  text: string;
  info: string;
  required?: boolean;
}) {
  return (
    <Label id={id} htmlFor={htmlFor} required={required}>
      <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 4 }} as="span">
        <span>{text}</span>
        <TooltipHost content={info}>
          <Icon iconName="Info" styles={{ root: { cursor: 'pointer', color: '#605e5c' } }} />
        </TooltipHost>
      </Stack>
    </Label>
  );
}

export function optionalLabel(ctx: ViewContext, label: string): string {
  return `${label} ${ctx.t('optionalSuffix')}`;
}

export const page = { root: { padding: '12px 20px 40px', maxWidth: 980 } } as const;
