import type { Db } from "@/db";
import { deleteApiToken, findApiToken } from "@/db/queries/accounts";
import { notFound } from "@/lib/api/api-error";
import { getAuth } from "@/lib/auth/auth";
import { type CurrentUser, forgetApiKey } from "@/lib/auth/current-user";
import { commitChange, commitStatement } from "@/lib/events/commit-change";
import type { IssueTokenInput, RevokeTokenInput } from "@/lib/validations/admin";

import { accountOrNotFound } from "./account-ref";

/** A new API token for the account, made by better-auth's api-key plugin; its key is shown this once. */
export async function issueToken(db: Db, actor: CurrentUser, input: IssueTokenInput) {
  const row = await accountOrNotFound(db, input.userId);
  const created = await getAuth().api.createApiKey({ body: { userId: row.id, name: input.name } });
  const start = created.start ?? null;
  await commitStatement(db, {
    result: undefined,
    writes: [],
    events: [
      {
        type: "audit.token_issued",
        actorId: actor.id,
        payload: { userId: row.id, email: row.email, tokenId: created.id, tokenName: input.name, start },
      },
    ],
  });
  return { id: created.id, userId: row.id, name: input.name, start, key: created.key };
}

/** Revokes a token: deleted with its audit event in one transaction, and refused at once. */
export async function revokeToken(db: Db, actor: CurrentUser, input: RevokeTokenInput) {
  const { result } = await commitChange(db, async (tx) => {
    const token = await findApiToken(tx, input.tokenId);
    if (!token) throw notFound(`API token ${input.tokenId}`);
    const owner = await accountOrNotFound(tx, token.userId);
    await deleteApiToken(tx, token.id);
    const payload = { userId: owner.id, email: owner.email, tokenId: token.id, tokenName: token.name ?? "" };
    return { result: payload, events: [{ type: "audit.token_revoked", actorId: actor.id, payload }] };
  });
  forgetApiKey(input.tokenId);
  return result;
}
