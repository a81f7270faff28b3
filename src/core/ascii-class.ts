// Character classes for the ASCII fast paths of per-token code (a char code, no string, no regex).

export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
