// Dates typed by hand, in the forms people write them in either language: 2023-07-02, 2023/7/2,
// 2023年7月2日, 2.7.2023 or 2/7/2023 (day first, as in Europe), 2 Jul 2023, July 2, 2023 — with or
// without a weekday. The result is an ISO date, or null when the text is not one real calendar day.
import { format, isValid } from 'date-fns';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY =
  /(?:^|\s)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?,?(?=\s|$)|(?:星期|周|週)[一二三四五六日天]/giu;

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(year, month - 1, day);
  const real = isValid(date) && date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return real && year >= 1000 ? format(date, 'yyyy-MM-dd') : null;
}

const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

export function parseDateText(text: string): string | null {
  const clean = text
    .normalize('NFKC') // full-width digits and punctuation → ASCII
    .replace(WEEKDAY, ' ')
    .replace(/[，,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let match = /^(\d{4})\s?[-/.年]\s?(\d{1,2})\s?[-/.月]\s?(\d{1,2})\s?日?$/u.exec(clean);
  if (match) return isoOf(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(clean);
  if (match) return isoOf(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2}) ([a-z]{3,9})\.? (\d{4})$/i.exec(clean);
  if (match && monthOf(match[2]) > 0) return isoOf(Number(match[3]), monthOf(match[2]), Number(match[1]));
  match = /^([a-z]{3,9})\.? (\d{1,2}) (\d{4})$/i.exec(clean);
  if (match && monthOf(match[1]) > 0) return isoOf(Number(match[3]), monthOf(match[1]), Number(match[2]));
  return null;
}
