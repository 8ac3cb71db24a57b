// The one event map shared by the socket server and every client.
// Commands are `entity:verb`, broadcasts `entity:verbed`, acknowledgements `{ data } | { error }`.

/** A committed row of incident_events as it travels to consoles. */
export interface SpineEvent {
  seq: number;
  type: string;
  incidentId: number | null;
  stationId: number | null;
  payload: Record<string, unknown>;
  actorId: string | null;
  at: string;
}

export type Ack<T> = { data: T } | { error: { code: string; message: string; fields?: Record<string, string[]> | undefined } };

export interface StationStaffing {
  stationId: number;
  staffed: boolean;
}

export interface ServerToClientEvents {
  /** Every committed state change, in sequence order; the payload says what changed. */
  "event:committed": (event: SpineEvent) => void;
}

export interface ClientToServerEvents {
  "station:staff": (input: StationStaffing, ack: (res: Ack<StationStaffing>) => void) => void;
}

export interface SocketData {
  userId: string;
  role: string;
  stationId: number | null;
}
