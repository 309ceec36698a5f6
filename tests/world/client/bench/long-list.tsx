/**
 * A bench fixture, not part of the world's portals: a long claims list in a
 * real Fluent UI 8 DetailsList, drawn as a React view draws one (the frame's
 * document scrolls; Fluent's List renders only the rows near the viewport).
 * bench/long-list.ts loads it with `?rows=N` and reads it whole.
 */
import { DetailsList, SelectionMode, type IColumn } from '@fluentui/react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    listDrawn?: boolean;
  }
}

const rows = Number(new URLSearchParams(location.search).get('rows') ?? '400');
const items = Array.from({ length: rows }, (_, i) => ({
  key: String(i),
  name: `claim${i + 1}`,
  type: 'SAML',
  value: `user.attribute${i + 1}`,
}));
const columns: IColumn[] = [
  { key: 'name', name: 'Claim name', fieldName: 'name', minWidth: 300 },
  { key: 'type', name: 'Type', fieldName: 'type', minWidth: 60 },
  { key: 'value', name: 'Value', fieldName: 'value', minWidth: 200 },
];

function Page() {
  return (
    <main style={{ padding: '12px 20px' }}>
      <h2>Additional claims</h2>
      <DetailsList items={items} columns={columns} selectionMode={SelectionMode.none} ariaLabelForGrid="Additional claims" />
    </main>
  );
}

const host = document.getElementById('root');
if (host) createRoot(host).render(<Page />);
window.listDrawn = true;
