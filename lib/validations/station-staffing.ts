import { z } from "zod";

import { idSchema } from "@/lib/api/id-param";

export const stationStaffingSchema = z.object({
  stationId: idSchema,
  staffed: z.boolean(),
});
export type StationStaffingInput = z.infer<typeof stationStaffingSchema>;
