/**
 * Detects text that looks like a resident's personal data, so Koers can refuse it
 * (PRODUCT.md, privacy by design): a BSN (nine digits passing the 11-test), an e-mail
 * address, a Dutch phone number, a postcode followed by a house number, or a date of birth
 * (a date right after a birth cue such as "geboren", "geb." or "geboortedatum").
 * Used on every free-text field the API accepts.
 */
export interface PersonalDataHit {
  kind: 'bsn' | 'email' | 'phone' | 'address' | 'birthdate';
  match: string;
  message: string;
}

/** The BSN 11-test ("elfproef"): 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11. */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
// 06-12345678, 045 123 4567, +31 45 1234567, 0031451234567
const PHONE = /(?<![\d])(?:\+31|0031|0)[\s-]?(?:\d[\s-]?){9}(?![\d])/;
// 6441 AB 12, 6441AB 12a (Dutch postcode + house number)
const POSTCODE_HOUSE = /\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Za-z]{2}\b[\s,]+\d{1,5}\s?[A-Za-z]?\b/;
const NINE_DIGITS = /(?<![\d.,])\d{9}(?![\d.,])|(?<![\d])\d{4}\.\d{2}\.\d{3}(?![\d])|(?<![\d])\d{3}[\s.-]\d{3}[\s.-]\d{3}(?![\d])/g;

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
// 12-03-1984, 12/3/84, 12.03.1984, 12 03 1984 · 1984-03-12 · 12 maart 1984, 12 mrt. 1984
const DATE = `(?:\\d{1,2}[-/.\\s]\\d{1,2}[-/.\\s](?:\\d{4}|\\d{2})|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\s*(?:${MONTHS})\\.?\\s*(?:\\d{4}|'\\d{2}))(?!\\d)`;
// A birth cue, then at most a few linking words or signs, then a date. A date without a cue
// ("besluit op 12-03-2026") is ordinary programme text and is left alone.
const CUE = '(?:geboren|geboorte[\\s-]?datum|geb(?:oorte)?\\.?[\\s-]?dat(?:um|\\.)?|geb\\.|geb(?=[\\s:])|date of birth|d\\.?o\\.?b\\.?|born)';
const BIRTH_DATE = new RegExp(`(?<![\\p{L}])${CUE}[\\s:.,()-]*(?:(?:op|in|de|per|on)\\s+){0,2}(${DATE})`, 'iu');

export function findPersonalData(text: string): PersonalDataHit | null {
  const email = EMAIL.exec(text);
  if (email) {
    return { kind: 'email', match: email[0], message: 'Verwijder het e-mailadres: Koers slaat geen contactgegevens van inwoners op.' };
  }
  for (const m of text.matchAll(NINE_DIGITS)) {
    if (passesElfproef(m[0].replace(/\D/g, ''))) {
      return { kind: 'bsn', match: m[0], message: 'Verwijder het nummer: het lijkt op een burgerservicenummer (BSN).' };
    }
  }
  const phone = PHONE.exec(text);
  if (phone) {
    return { kind: 'phone', match: phone[0], message: 'Verwijder het telefoonnummer: Koers slaat geen contactgegevens van inwoners op.' };
  }
  const address = POSTCODE_HOUSE.exec(text);
  if (address) {
    return { kind: 'address', match: address[0], message: 'Verwijder de postcode met huisnummer: Koers slaat geen adressen van inwoners op.' };
  }
  const birth = BIRTH_DATE.exec(text);
  if (birth) {
    return { kind: 'birthdate', match: birth[0], message: 'Verwijder de geboortedatum: Koers slaat geen geboortedatums van inwoners op.' };
  }
  return null;
}
