"use client";
import { FailureNotice } from "@/components/errors/failure-notice";

// Catches what fails below the root layout and outside a console screen (the console's own
// layout included, e.g. when it cannot read the database).
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return <FailureNotice error={error} retry={retry} inConsole={false} />;
}
