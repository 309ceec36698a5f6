import type { UrlRow } from '../../../../server/portal-api/views';
import { useDomId } from '../../../shared/ids';
import { TrashIcon } from '../../../shared/icons';

interface Props {
  label: string;
  description: string;
  addLabel: string;
  rows: UrlRow[];
  onChange: (rows: UrlRow[]) => void;
  error?: string;
  rowErrors?: Record<number, string>;
}

/** A list of URL rows with a "Default" checkbox each, "Add ..." and delete; every input is a controlled React input. */
export function UrlRows({ label, description, addLabel, rows, onChange, error, rowErrors }: Props) {
  const headingId = useDomId('rows');
  const set = (i: number, patch: Partial<UrlRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const setDefault = (i: number, on: boolean) =>
    onChange(rows.map((r, j) => ({ ...r, isDefault: j === i ? on : on ? false : r.isDefault })));
  return (
    <div className="field url-rows">
      <div id={headingId} className="field-label required">
        {label}
      </div>
      <p className="muted small">{description}</p>
      <table className="rows-table">
        <thead>
          <tr>
            <th />
            <th>Default</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td className="rows-input">
                <input
                  type="text"
                  aria-labelledby={headingId}
                  className={rowErrors?.[i] ? 'invalid' : ''}
                  value={row.value}
                  onChange={(e) => set(i, { value: e.target.value })}
                />
                {rowErrors?.[i] && (
                  <div className="field-error" role="alert">
                    {rowErrors[i]}
                  </div>
                )}
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label="Default"
                  aria-describedby={headingId}
                  checked={row.isDefault}
                  onChange={(e) => setDefault(i, e.target.checked)}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="icon-button"
                  aria-label="Delete"
                  title="Delete"
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                >
                  <TrashIcon />
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="link-button" onClick={() => onChange([...rows, { value: '', isDefault: rows.length === 0 }])}>
        {addLabel}
      </button>
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
