import { useEffect, useRef } from 'preact/hooks';

interface Props {
  title: string;
  items: readonly string[];
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal <dialog> that names what will be included; Cancel has the focus, Escape cancels. */
export function ConfirmDialog({ title, items, confirmLabel, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
    cancelRef.current?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      class="confirm"
      aria-labelledby="confirm-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      data-testid="confirm-unredacted"
    >
      <h2 id="confirm-title">{title}</h2>
      <p>This export will include, unredacted:</p>
      <ul>
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
      <p>Share it only with people who may see this personal data.</p>
      <div class="row-actions">
        <button type="button" ref={cancelRef} onClick={onCancel}>
          Cancel
        </button>
        <button type="button" class="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
