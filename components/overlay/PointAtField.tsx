import type { ControlProps } from '@/utils/content/control-model';

/**
 * "Point at the field" beside a field the assistant could not find
 * (utils/content/point-at-field.ts): while it waits, what to do and how to
 * stop. Like every button of the control, it acts only on the admin's own
 * clicks (`accept`).
 */
export function PointAtField({
  field,
  label,
  p,
  accept,
}: {
  field: string;
  label: string;
  p: ControlProps;
  accept: (e: Event) => boolean;
}) {
  const { onPoint, onCancelPoint } = p;
  if (!onPoint || !onCancelPoint) return null;
  if (p.pointing === field) {
    return (
      <>
        <span
          class="pointing"
          role="status"
        >{`Now click the field for ${label} on the page; the assistant fills it and remembers it. Esc cancels.`}</span>
        <button type="button" aria-label={`Stop pointing at the field for ${label}`} onClick={(e) => accept(e) && onCancelPoint()}>
          Stop pointing
        </button>
      </>
    );
  }
  if (!p.canPoint?.(field)) return null;
  return (
    <button type="button" aria-label={`Point at the field for ${label}`} onClick={(e) => accept(e) && onPoint(field)}>
      Point at the field
    </button>
  );
}
