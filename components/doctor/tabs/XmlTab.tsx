import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AnalysedItem } from '@/utils/doctor/analysed';
import { elementsMatching, splitMatches, type XmlTreeNode, type XmlTreeResult } from '@/utils/doctor/xml-tree';
import { copyText } from '@/components/doctor/platform';
import { useDoctorService } from '@/components/doctor/service';

/**
 * The tree of the message shown, laid out by the doctor's service (in the
 * Worker, in the panel): this is the one place a message is parsed a second
 * time, only when its XML tab is opened, because keeping a tree for every
 * message of a large import would double the memory it takes.
 */
function useXmlTree(xml: string | null): XmlTreeResult | null {
  const service = useDoctorService();
  const [tree, setTree] = useState<{ xml: string; tree: XmlTreeResult } | null>(null);
  useEffect(() => {
    if (!xml) return;
    let live = true;
    service
      .xmlTree(xml)
      .then((t) => live && setTree({ xml, tree: t }))
      .catch((e: unknown) => live && setTree({ xml, tree: { ok: false, error: e instanceof Error ? e.message : String(e) } }));
    return () => {
      live = false;
    };
  }, [service, xml]);
  return tree && tree.xml === xml ? tree.tree : null;
}

function Hl({ text, q, cls }: { text: string; q: string; cls: string }) {
  return <span class={cls}>{splitMatches(text, q).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text))}</span>;
}

function Node({
  node,
  q,
  collapsed,
  toggle,
  forced,
}: {
  node: XmlTreeNode;
  q: string;
  collapsed: Set<number>;
  toggle(id: number): void;
  forced: Set<number>;
}) {
  if (node.type === 'text')
    return (
      <div class="x-line">
        <Hl text={node.text} q={q} cls="x-text" />
      </div>
    );
  if (node.type === 'comment')
    return (
      <div class="x-line">
        <Hl text={`<!--${node.text}-->`} q={q} cls="x-comment" />
      </div>
    );
  if (node.type === 'pi')
    return (
      <div class="x-line">
        <Hl text={`<?${node.text}?>`} q={q} cls="x-pi" />
      </div>
    );
  const attrs = node.attrs.map((a) => (
    <span key={a.name}>
      {' '}
      <Hl text={a.name} q={q} cls="x-attr" />=<Hl text={`"${a.value}"`} q={q} cls="x-value" />
    </span>
  ));
  const only = node.children[0];
  if (node.children.length === 0) {
    return (
      <div class="x-line">
        <span class="x-punct">&lt;</span>
        <Hl text={node.name} q={q} cls="x-tag" />
        {attrs}
        <span class="x-punct">/&gt;</span>
      </div>
    );
  }
  if (node.children.length === 1 && only?.type === 'text') {
    return (
      <div class="x-line">
        <span class="x-punct">&lt;</span>
        <Hl text={node.name} q={q} cls="x-tag" />
        {attrs}
        <span class="x-punct">&gt;</span>
        <Hl text={only.text} q={q} cls="x-text" />
        <span class="x-punct">&lt;/</span>
        <Hl text={node.name} q={q} cls="x-tag" />
        <span class="x-punct">&gt;</span>
      </div>
    );
  }
  const isCollapsed = collapsed.has(node.id) && !forced.has(node.id);
  return (
    <div class="x-el">
      <div class="x-line">
        <button
          type="button"
          class="x-toggle"
          aria-expanded={!isCollapsed}
          aria-label={isCollapsed ? `Expand ${node.name}` : `Collapse ${node.name}`}
          onClick={() => toggle(node.id)}
        >
          {isCollapsed ? '▸' : '▾'}
        </button>
        <span class="x-punct">&lt;</span>
        <Hl text={node.name} q={q} cls="x-tag" />
        {attrs}
        <span class="x-punct">&gt;</span>
        {isCollapsed && <span class="x-ellipsis">…&lt;/{node.name}&gt;</span>}
      </div>
      {!isCollapsed && (
        <>
          <div class="x-children">
            {node.children.map((c, i) => (
              <Node key={c.type === 'element' ? c.id : `t${i}`} node={c} q={q} collapsed={collapsed} toggle={toggle} forced={forced} />
            ))}
          </div>
          <div class="x-line">
            <span class="x-punct">&lt;/</span>
            <Hl text={node.name} q={q} cls="x-tag" />
            <span class="x-punct">&gt;</span>
          </div>
        </>
      )}
    </div>
  );
}

/**
 * The message's XML, pretty-printed from the safely parsed DOM and rendered
 * as text nodes: collapsible, highlighted, searchable, with a raw copy.
 */
export function XmlTab({ entry }: { entry: AnalysedItem }) {
  const xml = entry.analysis?.decoded?.xml ?? entry.trace.stored?.xml ?? null;
  const tree = useXmlTree(xml);
  const [q, setQ] = useState('');
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set());
  const forced = useMemo(() => {
    const s = new Set<number>();
    if (tree?.ok && q) elementsMatching(tree.root, q, s);
    return s;
  }, [tree, q]);
  if (!xml) return <p class="muted">This entry has no XML (an Entra error page, or a message that could not be decoded).</p>;
  if (!tree)
    return (
      <p class="muted" data-testid="xml-loading">
        Laying out the XML…
      </p>
    );
  if (!tree.ok) return <p class="error">{tree.error}</p>;
  const toggle = (id: number) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <div class="xml-tab">
      <div class="row-actions">
        <input
          type="search"
          placeholder="Search the XML"
          aria-label="Search the XML"
          value={q}
          onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="button" onClick={() => void copyText(xml)}>
          Copy raw XML
        </button>
        <button type="button" onClick={() => setCollapsed(new Set())}>
          Expand all
        </button>
      </div>
      <div class="xml mono" data-testid="xml-view">
        <Node node={tree.root} q={q} collapsed={collapsed} toggle={toggle} forced={forced} />
      </div>
    </div>
  );
}
