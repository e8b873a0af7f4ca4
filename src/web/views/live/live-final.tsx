import { useState } from "preact/hooks";
import { messageOf, saveLive } from "../../api.js";
import type { LiveFinishJson, SaveResult } from "../../api-types.js";
import { ReadPanel } from "../../read-panel.js";
import { SaveBox } from "../../save-box.js";

/** Saving a finished live read to the workspace, under the application named (or the one it names). */
function useLiveSave(id: string) {
  const [application, setApplication] = useState("");
  const [saved, setSaved] = useState<SaveResult | undefined>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState("");
  const save = async () => {
    setSaving(true);
    setError("");
    try {
      setSaved(await saveLive(id, application.trim() ? { application: application.trim() } : {}));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setSaving(false);
    }
  };
  return { application, setApplication, saved, saving, error, save };
}

/** The finished live read: the whole interview's read, Save to the workspace, and a new live read. */
export function LiveFinal({
  id,
  final,
  hasInvite,
  onAnother,
}: {
  id: string;
  final: LiveFinishJson;
  hasInvite: boolean;
  onAnother: () => void;
}) {
  const s = useLiveSave(id);
  return (
    <section class="live-final" aria-labelledby="live-final-title">
      <h2 id="live-final-title">The whole interview</h2>
      <ReadPanel read={final.final} />
      <SaveBox
        id="live"
        heading="h3"
        hint={`Nothing is stored until you save: then the transcript${hasInvite ? " and the invite join" : " joins"} the workspace as a round of an application.`}
        applicationLabel="Application (company), if the transcript doesn't name it"
        application={s.application}
        onApplication={s.setApplication}
        onSave={s.save}
        saving={s.saving}
        error={s.error}
        saved={s.saved}
      />
      <p>
        <button type="button" onClick={onAnother}>
          Start another live read
        </button>
      </p>
    </section>
  );
}
