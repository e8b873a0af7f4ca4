import { offsetMinutes, offsetOf } from "../core/time/add-days.js";

/**
 * Minutes east of UTC that an ISO time is written in ("+05:30", "-0800"; 0 for "Z" or none): core's one
 * reading of an offset, for the dates the CLI prints in the offset they were given in.
 */
export function writtenOffset(iso: string): number {
  return offsetMinutes(offsetOf(iso));
}
