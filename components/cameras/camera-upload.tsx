"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

type UploadResult = { imported: number; rejected: number; summary: string[] };

/** An admin's CSV of cameras, imported as `npm run import -- cameras` does, with each rejected row reported. */
export function CameraUpload({ onDone }: { onDone: () => void }) {
  const t = useTranslations("registry");
  const [busy, setBusy] = useState(false);
  const [lines, setLines] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function upload(file: File) {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/cameras/import?name=${encodeURIComponent(file.name)}`, {
        method: "POST",
        headers: { "content-type": "text/csv" },
        body: file,
      });
      const json = (await res.json()) as { data?: UploadResult; error?: { message: string } };
      if (json.data) {
        setLines(json.data.summary);
        onDone();
      } else setError(json.error?.message ?? String(res.status));
    } catch (e) {
      setError(String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="camera-upload" data-testid="camera-upload">
      <label>
        <span>{t("upload")}</span>{" "}
        <input
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
          }}
        />
      </label>
      {busy && <p className="muted">{t("uploading")}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {lines && (
        <pre className="import-summary" data-testid="upload-summary">
          {lines.join("\n")}
        </pre>
      )}
    </section>
  );
}
