"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

import type { ScreenPath } from "@/lib/auth/roles";

export function ConsoleNav({ paths }: { paths: ScreenPath[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav aria-label="console">
      {paths.map((p) => (
        <Link key={p} href={p} aria-current={pathname.startsWith(p) ? "page" : undefined}>
          {t(p)}
        </Link>
      ))}
    </nav>
  );
}
