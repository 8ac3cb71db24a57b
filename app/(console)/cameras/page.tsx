import { ScreenPending } from "@/components/layout/screen-pending";
import { requireScreen } from "@/lib/auth/session-user";

export default async function Page() {
  await requireScreen("/cameras");
  return <ScreenPending screen="cameras" />;
}
