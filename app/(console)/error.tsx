"use client";
import { FailureNotice } from "@/components/errors/failure-notice";

// A screen that crashes keeps the console's top bar: the user can still switch screens,
// see whether the live connection holds, and sign out.
export default function ConsoleError({ error, retry }: { error: unknown; retry: () => void }) {
  return <FailureNotice error={error} retry={retry} inConsole />;
}
