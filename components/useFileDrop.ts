import { useState } from 'preact/hooks';

interface DropHandlers {
  onDragOver: (e: DragEvent) => void;
  onDragLeave: () => void;
  onDrop: (e: DragEvent) => void;
}

/** Drag-and-drop of one file onto a zone: whether a file is over it, and the handlers to spread on it. */
export function useFileDrop(onFile: (file: File) => void): { over: boolean; handlers: DropHandlers } {
  const [over, setOver] = useState(false);
  return {
    over,
    handlers: {
      onDragOver: (e) => {
        // Only files: dragging text or a link over the zone should not light it up.
        if (!e.dataTransfer?.types.includes('Files')) return;
        e.preventDefault();
        setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: (e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file) onFile(file);
      },
    },
  };
}
