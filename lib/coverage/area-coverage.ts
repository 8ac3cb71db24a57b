/** One kecamatan's or kelurahan's coverage: its H3 cells, those some camera's cone reaches, the cameras in them. */
export interface AreaCoverage {
  code: string;
  name: string;
  level: "kecamatan" | "kelurahan";
  kotaName: string | null;
  cells: number;
  covered: number;
  cameras: number;
}
