import { z } from "zod";

// NENA-STA-021.1b EIDO, as its published JSON schema (github.com/NENA911/EIDO-JSON,
// Schema/openapi.yaml, version 1.0.0) requires it: what every component must carry and what
// each kind of component requires besides. Other fields pass as they are (the schema allows
// many more); their shapes are those of the same document.
const reference = z.object({ $ref: z.string().min(1) }).strict();
const timestamp = z.iso.datetime({ offset: true });

/** The prologue every data component opens with. */
const prologue = {
  $id: z.string().min(1),
  lastUpdateTimeStamp: timestamp,
  updatedByAgencyReference: reference,
  updatedByAgentReference: reference.optional(),
};

const component = <S extends z.ZodRawShape>(shape: S) => z.looseObject({ ...prologue, ...shape });

export const eidoAgencySchema = component({
  agencyRoleDescriptionRegistryText: z.array(z.string()),
  agencyType: z.array(z.string()),
  incidentOwningAgencyIndicator: z.boolean().optional(),
});

export const eidoAgentSchema = component({
  agentRoleRegistryText: z.array(z.string()).min(1),
  agencyReference: reference,
});

export const eidoLocationSchema = component({
  locationTypeDescriptionRegistryText: z.string().min(1),
  locationByValue: z.string().optional(),
  locationDescriptionText: z.string().optional(),
});

export const eidoDispositionSchema = component({ dispositionCommonRegistryCode: z.string().min(1) });

export const eidoIncidentSchema = component({
  incidentTypeCommonRegistryText: z.string().min(1),
  incidentStatusCommonRegistryText: z.array(z.string()).optional(),
  incidentCommonPriorityNumber: z.number().int().optional(),
  locationReference: z.array(reference).optional(),
  agentReference: z.array(reference).optional(),
  notesReference: z.array(reference).optional(),
  dispositionComponent: z.array(eidoDispositionSchema).optional(),
});

export const eidoCallSchema = component({
  callStateRegistryText: z.string().min(1),
  standardPrimaryCallType: z.string().min(1),
  direction: z.enum(["incoming", "outgoing", "internal"]),
  callStartTimestamp: timestamp,
  answerDate: timestamp.optional(),
  agentReference: z.array(reference).optional(),
  locationReference: z.array(reference).optional(),
  callBackReference: reference.optional(),
});

export const eidoCallbackSchema = component({ callBackInformationUri: z.array(z.string()).optional() });

export const eidoEmergencyResourceSchema = component({
  agentReference: z.array(reference),
  emergencyResourceTypeCommonRegistryText: z.string().min(1),
  primaryUnitStatusRegistryText: z.string().min(1),
  secondaryUnitStatusRegistryText: z.array(z.string()),
  resourceAttributeRegistryText: z.array(z.string()),
  emergencyResourceName: z.string().optional(),
});

export const eidoDispatchSchema = component({
  agencyReference: reference.optional(),
  agentReference: reference.optional(),
  emergencyResourceReference: z.array(reference).optional(),
});

export const eidoNotesSchema = component({
  notesActionComments: z.string(),
  agentReference: reference.optional(),
});

/** The top level: an EIDO is itself a component, and must name its version, issuer and agencies. */
export const eidoSchema = component({
  eidoVersion: z.literal("1.0"),
  issuingElementIdentification: z.string().min(1),
  agencyComponent: z.array(eidoAgencySchema).min(1),
  agentComponent: z.array(eidoAgentSchema).optional(),
  incidentComponent: eidoIncidentSchema.optional(),
  callComponent: z.array(eidoCallSchema).optional(),
  callbackComponent: z.array(eidoCallbackSchema).optional(),
  locationComponent: z.array(eidoLocationSchema).optional(),
  emergencyResourceComponent: z.array(eidoEmergencyResourceSchema).optional(),
  dispatchComponent: z.array(eidoDispatchSchema).optional(),
  notesComponent: z.array(eidoNotesSchema).optional(),
});
export type EidoDocument = z.infer<typeof eidoSchema>;
