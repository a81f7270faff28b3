/**
 * True when an article is written all in lower case (Indian wire copy in the IPE data): under 0.5 %
 * of its letters (the first 5,000 looked at) are capitals. Case then says nothing about names.
 */
let lastText = '';
let lastAnswer = false;

export function isLowerCaseText(text: string): boolean {
  // several stages ask about the same article in a row
  if (text === lastText) return lastAnswer;
  lastText = text;
  lastAnswer = lowerCaseRatio(text);
  return lastAnswer;
}

function lowerCaseRatio(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length && letters < 5000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) {
      letters++;
    } else if (c >= 0xc0) {
      const ch = text[i];
      if (ch.toLowerCase() !== ch.toUpperCase()) {
        letters++;
        if (c >= 0xc0 && ch === ch.toUpperCase()) upper++;
      }
    }
  }
  return letters > 0 && upper / letters < 0.005;
}

/** Does the text open with a capital letter (/^\p{Lu}/u, without the regex for ASCII: this runs on every token)? */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
}
