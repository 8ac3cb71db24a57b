import type { Role } from "@/lib/auth/roles";

// Who may watch a live camera: the camera monitor (whose work it is), the dispatcher (who sends
// help to what a camera shows) and the supervisor. Not the call-taker, whose work is the call;
// not a polsek officer, whose own station's cameras the console cannot yet tell from the
// others; not the admin, who keeps the registry but has no incident to watch for.
export const cameraWatchers = ["monitor", "dispatcher", "supervisor"] as const satisfies readonly Role[];

export const mayWatch = (role: Role) => (cameraWatchers as readonly Role[]).includes(role);

/**
 * Who may report camera heartbeats: a recorder or video-management integration signs in with the
 * API token of a monitor's account (`npm run user -- create --role monitor --token`), or an admin's.
 */
export const heartbeatReporters = ["monitor", "admin"] as const satisfies readonly Role[];

/** Who reads the registry screen: the monitor, the supervisor, and the admin who keeps it. */
export const registryReaders = ["monitor", "supervisor", "admin"] as const satisfies readonly Role[];

/** Who sets where a camera looks: the admin, and the monitor who sees where it points. */
export const cameraViewEditors = ["monitor", "admin"] as const satisfies readonly Role[];
