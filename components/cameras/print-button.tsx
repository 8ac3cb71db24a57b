"use client";

/** Prints the page it is on; hidden in the printout itself. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="no-print" onClick={() => window.print()} data-testid="print-letter">
      {label}
    </button>
  );
}
