import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { type CurrentUser, userFromHeaders } from "./current-user";
import { homeFor, type Role, type ScreenPath, screens } from "./roles";

/** For pages: the signed-in user allowed on this screen, else a redirect. */
export async function requireScreen(path: ScreenPath): Promise<CurrentUser> {
  const user = await userFromHeaders(await headers());
  if (!user) redirect("/sign-in");
  if (!(screens[path] as readonly Role[]).includes(user.role)) redirect(homeFor(user.role));
  return user;
}
