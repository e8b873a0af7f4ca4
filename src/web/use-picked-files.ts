import { useState } from "preact/hooks";
import { type Picked, pickFiles } from "./pick-files.js";

/** Files picked or dropped: added (a file of the same name replaced), and what could not be, said. */
export function usePickedFiles(onAdded: () => void = () => undefined) {
  const [files, setFiles] = useState<Picked[]>([]);
  const [problem, setProblem] = useState("");
  const add = async (list: FileList | null) => {
    if (!list) return;
    const { picked, problems } = await pickFiles(list);
    setProblem(problems.length > 0 ? `Not added: ${problems.join("; ")}.` : "");
    if (picked.length > 0) {
      setFiles((old) => [...old.filter((f) => !picked.some((p) => p.name === f.name)), ...picked]);
      onAdded();
    }
  };
  const remove = (name: string) => setFiles((old) => old.filter((o) => o.name !== name));
  /** All put down, and nothing left to say about them. */
  const clear = () => {
    setFiles([]);
    setProblem("");
  };
  return { files, problem, add, remove, clear, clearProblem: () => setProblem("") };
}
