export const roles = ["operator", "dispatcher", "polsek", "supervisor", "monitor", "admin"] as const;
export type Role = (typeof roles)[number];

export const isRole = (value: unknown): value is Role => roles.includes(value as Role);

// The screens of DESIGN.md; the map is every role's shared view of Jakarta.
export const screens = {
  "/supervisor": ["supervisor"],
  "/calls": ["operator", "supervisor"],
  "/dispatch": ["dispatcher", "supervisor"],
  "/polsek": ["polsek"],
  "/cameras/live": ["monitor", "supervisor"],
  "/cameras": ["monitor", "supervisor", "admin"],
  "/cameras/coverage": ["monitor", "dispatcher", "supervisor", "admin"],
  // A call-taker's own training scores; a supervisor's sessions and comparison.
  "/training": ["operator", "supervisor"],
  "/map": ["operator", "dispatcher", "polsek", "supervisor", "monitor", "admin"],
  "/admin": ["admin"],
  "/audit": ["supervisor", "admin"],
} as const satisfies Record<string, readonly Role[]>;
export type ScreenPath = keyof typeof screens;

export const screensFor = (role: Role): ScreenPath[] =>
  (Object.keys(screens) as ScreenPath[]).filter((p) => (screens[p] as readonly Role[]).includes(role));

// Each role's own screen of DESIGN.md, where sign-in lands.
const homes: Record<Role, ScreenPath> = {
  operator: "/calls",
  dispatcher: "/dispatch",
  polsek: "/polsek",
  supervisor: "/supervisor",
  monitor: "/cameras/live",
  admin: "/admin",
};
export const homeFor = (role: Role): ScreenPath => homes[role];

/** Roles that see every station's events; a polsek officer sees only their own station's. */
export const consoleWideRoles: readonly Role[] = roles.filter((r) => r !== "polsek");
