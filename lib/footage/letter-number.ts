const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/**
 * The letter's number in the police's usual form, B/<number>/<month in Roman>/<year>/<unit>:
 * the request's own id keeps it unique without a counter. `date` is Jakarta's YYYY-MM-DD.
 */
export const letterNumber = (requestId: number, date: string): string =>
  `B/${requestId}/CCTV/${ROMAN[Number(date.slice(5, 7)) - 1]}/${date.slice(0, 4)}/SIAGA112`;
