// Who owns a camera, how its footage reaches the police, and its state.
export const ownerTypes = ["government", "company", "residential", "private"] as const;
export type OwnerType = (typeof ownerTypes)[number];

/** `live`: the stream reaches the police server; `on_request`: footage only from the owner's recorder. */
export const accessModes = ["live", "on_request"] as const;
export type AccessMode = (typeof accessModes)[number];

export const cameraHealth = ["online", "offline", "unknown"] as const;
export type CameraHealth = (typeof cameraHealth)[number];

export const installationStates = ["planned", "installed", "decommissioned"] as const;
export type InstallationState = (typeof installationStates)[number];
