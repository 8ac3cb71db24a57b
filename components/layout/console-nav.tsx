"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

import type { ScreenPath } from "@/lib/auth/roles";

export function ConsoleNav({ paths }: { paths: ScreenPath[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  // The longest screen path the address starts with: /cameras/live is not also /cameras.
  const current = paths
    .filter((p) => pathname === p || pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <nav aria-label="console">
      {paths.map((p) => (
        <Link key={p} href={p} aria-current={p === current ? "page" : undefined}>
          {t(p)}
        </Link>
      ))}
    </nav>
  );
}
