// The package ships no types: only the part of its API the place parser uses.
declare module "open-location-code" {
  interface CodeArea {
    latitudeCenter: number;
    longitudeCenter: number;
    codeLength: number;
  }
  export class OpenLocationCode {
    isFull(code: string): boolean;
    isShort(code: string): boolean;
    decode(code: string): CodeArea;
    recoverNearest(shortCode: string, referenceLatitude: number, referenceLongitude: number): string;
    encode(latitude: number, longitude: number, codeLength?: number): string;
  }
}
