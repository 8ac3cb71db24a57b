import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { userFromHeaders, type CurrentUser } from "./current-user";
import { homeFor, type Role, screens, type ScreenPath } from "./roles";

/** For pages: the signed-in user allowed on this screen, else a redirect. */
export async function requireScreen(path: ScreenPath): Promise<CurrentUser> {
  const user = await userFromHeaders(await headers());
  if (!user) redirect("/sign-in");
  if (!(screens[path] as readonly Role[]).includes(user.role)) redirect(homeFor(user.role));
  return user;
}
