/**
 * What React views and the shell say to each other (postMessage), and what
 * Knockout views, living in the shell's own document, call directly. Every
 * message is parsed on receipt.
 */
import { z } from 'zod';
import { VIEW_IDS, type ViewId } from './views';

export const NoticeSchema = z.object({
  kind: z.enum(['success', 'error', 'info']),
  title: z.string(),
  detail: z.string().optional(),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const ViewParamsSchema = z.record(z.string(), z.string());
export type ViewParams = z.infer<typeof ViewParamsSchema>;

/** From a view to the shell. */
export const ToShellSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fx:ready') }),
  z.object({ type: z.literal('fx:navigate'), hash: z.string().startsWith('#') }),
  z.object({ type: z.literal('fx:openPane'), view: z.enum(VIEW_IDS), params: ViewParamsSchema }),
  z.object({ type: z.literal('fx:closePane') }),
  z.object({ type: z.literal('fx:paneResult'), data: z.unknown() }),
  z.object({ type: z.literal('fx:notify'), notice: NoticeSchema }),
  z.object({ type: z.literal('fx:appChanged') }),
]);
export type ToShell = z.infer<typeof ToShellSchema>;

/** From the shell to a view. */
export const ToViewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fx:appChanged') }),
  z.object({ type: z.literal('fx:paneResult'), data: z.unknown() }),
]);
export type ToView = z.infer<typeof ToViewSchema>;

/** What a view may ask of its host, whichever stack draws it. */
export interface ViewHost {
  navigate(hash: string): void;
  openPane(view: ViewId, params?: ViewParams): void;
  closePane(): void;
  /** A pane hands its result to the blade that opened it (e.g. the picked users). */
  paneResult(data: unknown): void;
  notify(notice: Notice): void;
  /** The app changed: every view showing it reloads. */
  appChanged(): void;
  onAppChanged(fn: () => void): () => void;
  onPaneResult(fn: (data: unknown) => void): () => void;
  /** The view has drawn (the shell's progress indicator goes). */
  ready(): void;
}
