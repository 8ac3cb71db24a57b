import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { userFromHeaders } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/auth/roles";

export default async function Home() {
  const user = await userFromHeaders(await headers());
  redirect(user ? homeFor(user.role) : "/sign-in");
}
