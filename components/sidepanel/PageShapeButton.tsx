import { useState } from 'preact/hooks';
import { pageShapeOfPortalTab, PAGE_SHAPE_SCRIPT, type PageShapeApis } from '@/utils/page-shape/from-tab';

const REAL_APIS: PageShapeApis = {
  tabs: () => chrome.tabs.query({ currentWindow: true }),
  inject: async (tabId) =>
    (await chrome.scripting.executeScript({ target: { tabId, allFrames: true }, files: [PAGE_SHAPE_SCRIPT] })).map((r) => ({
      frameId: r.frameId,
      result: r.result,
    })),
};

/**
 * "Copy a page-shape report": the portal page's roles, names, label texts and
 * frame hosts, redacted (utils/page-shape/report.ts), for the maintainers when
 * the assistant cannot find a field. Read only on this click.
 */
export function PageShapeButton({ apis = REAL_APIS }: { apis?: PageShapeApis }) {
  const [status, setStatus] = useState<{ text: string; problem: boolean } | null>(null);
  return (
    <div class="row">
      <button
        type="button"
        onClick={async () => {
          setStatus(null);
          const r = await pageShapeOfPortalTab(apis);
          if (!r.ok) return setStatus({ text: r.error, problem: true });
          const nodes = r.report.frames.reduce((n, f) => n + f.nodes.length, 0);
          try {
            await navigator.clipboard.writeText(JSON.stringify(r.report, null, 1));
            setStatus({
              text: `Copied: ${r.report.frames.length} frames, ${nodes} elements, redacted. Paste it into your report to the maintainers.`,
              problem: false,
            });
          } catch {
            setStatus({ text: 'The clipboard refused the report; click again with the side panel focused.', problem: true });
          }
        }}
      >
        Copy a page-shape report
      </button>
      {status && (
        <span class={status.problem ? 'value-problem' : 'muted small'} role={status.problem ? 'alert' : 'status'}>
          {status.text}
        </span>
      )}
    </div>
  );
}
