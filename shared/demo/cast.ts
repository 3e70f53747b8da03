/**
 * Who plays which part in the demo's stories, so that attendance, ratings, supervision and
 * the selection tell the same story about the same people. Each part goes to a staff member
 * of a chosen window who was stationed before the year began.
 */
import type { Officer } from '#core/center';
import type { Roster } from './staff.ts';

export interface Cast {
  /** 旷工 for more than 10 consecutive working days in September: the year's 平时 score is forfeit. */
  readonly absentee: Officer;
  /** On maternity leave from August: too few days on duty for the quarter's honors. */
  readonly onMaternityLeave: Officer;
  /** Subject of the verified 12345 referral (vetoed), and nominated by the window all the same. */
  readonly hotlineSubject: Officer;
  /** Caught smoking at the Q3 hygiene inspection; appeals the veto, which a second supervisor upholds. */
  readonly smoker: Officer;
  /** Filmed playing with a phone by the mystery shopper (暗访). */
  readonly phoneUser: Officer;
  /** The window made clearly the lowest of Q3 (coverage short, deductions), and its head, nominated. */
  readonly bottomWindowId: string;
  readonly bottomHead: Officer;
  /** Cast officers keep regular hours: their stories alone should decide their eligibility. */
  readonly steady: ReadonlySet<string>;
}

export function castOf(roster: Roster): Cast {
  const taken = new Set<string>();
  const staffMember = (windowId: string): Officer => {
    const officer = roster.staffOf(windowId).find((o) => o.role === 'staff' && o.startDate < '2026-01-01' && !taken.has(o.officerId));
    if (!officer) throw new Error(`demo window ${windowId} has no staff member for a part`);
    taken.add(officer.officerId);
    return officer;
  };
  const bottomWindowId = 'w10'; // 不动产交易窗口: the lowest coverage of the busy windows
  const cast = {
    absentee: staffMember('w06'),
    onMaternityLeave: staffMember('w11'),
    hotlineSubject: staffMember('w07'),
    smoker: staffMember('w09'),
    phoneUser: staffMember('w03'),
    bottomWindowId,
    bottomHead: roster.headOf(bottomWindowId),
  };
  return { ...cast, steady: new Set([...taken, cast.bottomHead.officerId]) };
}
