import { z } from 'zod';

/**
 * Main-thread CPU time of script, from a Chrome trace (category
 * devtools.timeline): every callback the renderer runs (mutation observer,
 * timers, listeners, evaluate) is a FunctionCall event whose `tdur` is the
 * thread's CPU time in µs, and whose url names the script the function is in.
 */

const FunctionCall = z.object({
  name: z.literal('FunctionCall'),
  ph: z.literal('X'),
  ts: z.number(),
  dur: z.number(),
  tdur: z.number(),
  args: z.object({ data: z.object({ url: z.string().optional() }) }),
});
type FunctionCall = z.infer<typeof FunctionCall>;

const Trace = z.union([z.object({ traceEvents: z.array(z.unknown()) }), z.array(z.unknown())]);

export interface ScriptCpu {
  /** CPU ms in calls into the script at `url`. */
  ownMs: number;
  /** CPU ms in every other script's calls, less any call into `url` they made. */
  otherMs: number;
}

/** Outermost calls only, so a call nested in another is not counted twice. */
function outermost(calls: readonly FunctionCall[]): FunctionCall[] {
  const out: FunctionCall[] = [];
  let end = -Infinity;
  for (const c of calls) {
    if (c.ts < end) continue;
    out.push(c);
    end = c.ts + c.dur;
  }
  return out;
}

export function scriptCpu(traceJson: string, url: string): ScriptCpu {
  const parsed = Trace.parse(JSON.parse(traceJson));
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const calls = events
    .flatMap((e) => {
      const call = FunctionCall.safeParse(e);
      return call.success ? [call.data] : [];
    })
    .sort((a, b) => a.ts - b.ts);
  const own = outermost(calls.filter((c) => c.args.data.url === url));
  const other = outermost(calls.filter((c) => c.args.data.url !== url));
  const ownUs = own.reduce((sum, c) => sum + c.tdur, 0);
  const nestedOwnUs = own
    .filter((c) => other.some((o) => o.ts <= c.ts && c.ts + c.dur <= o.ts + o.dur))
    .reduce((sum, c) => sum + c.tdur, 0);
  const otherUs = other.reduce((sum, c) => sum + c.tdur, 0) - nestedOwnUs;
  return { ownMs: ownUs / 1000, otherMs: otherUs / 1000 };
}
