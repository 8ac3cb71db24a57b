import type { Server as HttpServer } from "node:http";

import { Server, type ServerOptions } from "socket.io";

import type { Db } from "@/db";
import { describeError } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { setStationStaffing } from "@/lib/stations/set-station-staffing";
import { stationStaffingSchema } from "@/lib/validations/station-staffing";

import type { RealtimeServer } from "./broadcast";
import type { Ack } from "./events";
import { roomsForUser, userRoom } from "./rooms";

export interface SocketServerDeps {
  db: Db;
  /** Who is connecting: an API token from `auth.token`, else the session cookie. */
  authenticate: (handshake: { token: string | null; headers: Headers }) => Promise<CurrentUser | null>;
  /** Carries broadcasts to the other console processes (see lib/realtime/postgres-adapter). */
  adapter?: ServerOptions["adapter"] | undefined;
}

export function createSocketServer(httpServer: HttpServer, deps: SocketServerDeps): RealtimeServer {
  const io: RealtimeServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 1e6,
    ...(deps.adapter ? { adapter: deps.adapter } : {}),
  });
  const users = new Map<string, CurrentUser>();

  io.use((socket, next) => void authenticateSocket(socket, next));

  async function authenticateSocket(
    socket: Parameters<Parameters<RealtimeServer["use"]>[0]>[0],
    next: (error?: Error) => void,
  ) {
    try {
      const raw: unknown = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      const headers = new Headers();
      if (socket.handshake.headers.cookie) headers.set("cookie", socket.handshake.headers.cookie);
      const user = await deps.authenticate({ token: typeof raw === "string" ? raw : null, headers });
      if (!user || user.needsSecondFactor) return next(new Error("unauthorized"));
      users.set(socket.id, user);
      socket.data = { userId: user.id, role: user.role, stationId: user.stationId };
      next();
    } catch (error) {
      next(error instanceof Error ? error : new Error("unauthorized"));
    }
  }

  io.on("connection", (socket) => {
    const user = users.get(socket.id)!;
    void socket.join([...roomsForUser(user), userRoom(user.id)]);
    socket.on("disconnect", () => users.delete(socket.id));

    socket.on("station:staff", async (input, ack) => {
      if (typeof ack !== "function") return;
      ack(await toAck(async () => setStationStaffing(deps.db, user, stationStaffingSchema.parse(input))));
    });
  });
  return io;
}

async function toAck<T>(work: () => Promise<T>): Promise<Ack<T>> {
  try {
    return { data: await work() };
  } catch (error) {
    return { error: describeError(error).body };
  }
}
