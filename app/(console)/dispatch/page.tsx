import { ScreenPending } from "@/components/layout/screen-pending";
import { requireScreen } from "@/lib/auth/session-user";

export default async function Page() {
  await requireScreen("/dispatch");
  return <ScreenPending screen="dispatch" />;
}
