/** An administrative area as other records name it: its BPS code and name. */
export interface AreaRef {
  code: string;
  name: string;
}
