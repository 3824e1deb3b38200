/**
 * The shared timeline parser, plus one reading it lacks: a range whose year is written
 * once, after the second end ("Quý III - Quý IV/2026", "Tháng 3 - tháng 5/2026"), is read
 * as "Quý III/2026 - Quý IV/2026". The text stays as written.
 */
import type { Timeline } from '../plan/model';
import { parseTimeline } from '../timeline/parse';

const SHARED_YEAR = /(quý\s+[IV]+|tháng\s+\d{1,2})\s*[-–—]\s*(quý\s+[IV]+|tháng\s+\d{1,2})\s*\/\s*((?:19|20)\d{2})/iu;

export function readTimeline(text: string): Timeline {
  const m = SHARED_YEAR.exec(text);
  if (!m) return parseTimeline(text);
  const expanded = text.replace(SHARED_YEAR, `${m[1]}/${m[3]} - ${m[2]}/${m[3]}`);
  return { ...parseTimeline(expanded), text };
}
