import { z } from 'zod';
import { Redactor } from '@/utils/saml/redact';
import { MAX_NODES, type FrameShape, type ShapeNode } from './collect';

/**
 * The page-shape report: every frame's shape (./collect.ts), redacted the way
 * the doctor's exports are (utils/saml/redact): the values the controls hold
 * and the texts the page lists are learned first and replaced wherever they
 * appear in a name, label or title, and so is any e-mail address, IP address
 * or phone number. The values themselves are dropped. Admins send it to the
 * maintainers so that a renamed label can ship as a new variant.
 */

const text = (max: number) => z.string().max(max);

const ShapeNodeSchema = z.object({
  d: z.number().int().min(0).max(500),
  role: text(40),
  name: text(400).optional(),
  labels: z.array(text(400)).max(4).optional(),
  frameHost: text(300).optional(),
  frameName: text(400).optional(),
});

/** What the injected script returns from one frame: a page's answer, so parsed before use. */
export const FrameShapeSchema = z.object({
  host: text(300),
  frameName: text(400),
  lang: text(400),
  title: text(400),
  nodes: z.array(ShapeNodeSchema).max(MAX_NODES),
  truncated: z.boolean(),
  secrets: z.array(text(2000)).max(2000),
});

export interface FrameResult {
  frameId: number;
  result: unknown;
}

export interface PageShapeReport {
  kind: 'entra-sso-assistant/page-shape';
  version: 1;
  createdAt: string;
  /** The host of the tab's top frame. */
  page: string;
  frames: Array<Omit<FrameShape, 'secrets'> & { frameId: number }>;
  /** Frames whose answer was not a shape (a frame going away, a page's tampering). */
  unreadableFrames: number;
}

export function buildPageShapeReport(results: readonly FrameResult[], now: Date = new Date()): PageShapeReport {
  const parsed: Array<{ frameId: number; shape: FrameShape }> = [];
  let unreadable = 0;
  for (const r of results) {
    const shape = FrameShapeSchema.safeParse(r.result);
    if (shape.success) parsed.push({ frameId: r.frameId, shape: shape.data as FrameShape });
    else unreadable++;
  }
  parsed.sort((a, b) => a.frameId - b.frameId);
  // A value typed in one frame may be the title of another (the app's name in the shell): learn from all first.
  const r = new Redactor();
  for (const { shape } of parsed) for (const secret of shape.secrets) r.learnWhole(secret);
  const red = (s: string): string => (s ? r.text(s) : s);
  const node = (n: ShapeNode): ShapeNode => ({
    d: n.d,
    role: n.role,
    ...(n.name ? { name: red(n.name) } : {}),
    ...(n.labels ? { labels: n.labels.map(red) } : {}),
    ...(n.frameHost !== undefined ? { frameHost: n.frameHost } : {}),
    ...(n.frameName ? { frameName: red(n.frameName) } : {}),
  });
  const frames = parsed.map(({ frameId, shape }) => ({
    frameId,
    host: shape.host,
    frameName: red(shape.frameName),
    lang: shape.lang,
    title: red(shape.title),
    truncated: shape.truncated,
    nodes: shape.nodes.map(node),
  }));
  return {
    kind: 'entra-sso-assistant/page-shape',
    version: 1,
    createdAt: now.toISOString(),
    page: frames.find((f) => f.frameId === 0)?.host ?? '',
    frames,
    unreadableFrames: unreadable,
  };
}
