/**
 * Whether a conversion of a Duration works: a Duration made of a token converts only to the unit it was given in
 * (`Duration.minutes(token).toMinutes()`), and throws otherwise.
 */
export function convertsTo(convert: () => number): boolean {
  try {
    convert();
    return true;
  } catch {
    return false;
  }
}
