import type { CallClassification, CallStatus } from "./vocabulary";

/** A call as consoles see it: in responses and in event payloads. Times are ISO 8601 in UTC. */
export interface CallView {
  id: number;
  callSid: string | null;
  callerNumber: string;
  status: CallStatus;
  training: boolean;
  manual: boolean;
  ringingAt: string;
  answeredAt: string | null;
  endedAt: string | null;
  classification: CallClassification | null;
  callTakerId: string | null;
  incidentId: number | null;
  calledBackAt: string | null;
}
