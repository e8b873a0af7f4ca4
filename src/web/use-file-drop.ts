import { useState } from "preact/hooks";

/**
 * Files dropped on a panel: whether something is being dragged over it (for its "is-dragging"
 * look), and the handlers to spread on it, which hand the dropped files on.
 */
export function useFileDrop(onFiles: (files: FileList | null) => void): {
  isDragging: boolean;
  dropHandlers: {
    onDragOver: (e: DragEvent) => void;
    onDragLeave: () => void;
    onDrop: (e: DragEvent) => void;
  };
} {
  const [isDragging, setDragging] = useState(false);
  return {
    isDragging,
    dropHandlers: {
      onDragOver: (e) => {
        e.preventDefault();
        setDragging(true);
      },
      onDragLeave: () => setDragging(false),
      onDrop: (e) => {
        e.preventDefault();
        setDragging(false);
        onFiles(e.dataTransfer?.files ?? null);
      },
    },
  };
}
