import type { Executor } from "@/db";
import { listAccounts, listApiTokens } from "@/db/queries/accounts";
import { isRole, type Role } from "@/lib/auth/roles";

/** Every account as the admin's table shows it, with the public part of its tokens. */
export async function listAccountViews(db: Executor) {
  const [accounts, tokens] = await Promise.all([listAccounts(db), listApiTokens(db)]);
  return accounts
    .filter((a): a is typeof a & { role: Role } => isRole(a.role))
    .map((a) => ({
      ...a,
      disabled: Boolean(a.disabled),
      createdAt: a.createdAt.toISOString(),
      tokens: tokens
        .filter((t) => t.userId === a.id)
        .map((t) => ({ id: t.id, name: t.name, start: t.start, createdAt: t.createdAt.toISOString() })),
    }));
}
export type AccountView = Awaited<ReturnType<typeof listAccountViews>>[number];
