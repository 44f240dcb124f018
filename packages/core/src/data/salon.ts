/** The salon model of PRODUCT.md §3: what every input format is normalised into. */

export const AUDIENCES = ['elderly', 'parenting', 'children', 'disability', 'multigenerational', 'everyone'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const ACTIVITIES = ['exercise', 'tea', 'meal', 'hobby', 'music', 'games', 'study', 'health', 'outing', 'other'] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const SALON_STATUSES = ['active', 'paused', 'closed'] as const;
export type SalonStatus = (typeof SALON_STATUSES)[number];

export interface Closure {
  /** "MM-DD" (every year) or "YYYY-MM-DD". */
  from: string;
  to: string;
}

export interface Schedule {
  /** RFC 5545 RRULE, with or without DTSTART. */
  rrule?: string;
  /** The published wording, shown when no date can be computed. */
  text?: string;
  /** "HH:MM", Japan time. */
  start?: string;
  end?: string;
  skipHolidays?: boolean;
  closures?: Closure[];
  /** Explicit meeting dates "YYYY-MM-DD". */
  dates?: string[];
}

export interface Salon {
  id: string;
  name: string;
  nameKana?: string;
  nameEn?: string;
  lat?: number;
  lng?: number;
  address?: string;
  venue?: string;
  district?: string;
  status?: SalonStatus;
  schedule?: Schedule;
  audiences?: Audience[];
  /** Original audience text (対象者) when the source had text. */
  audiencesText?: string;
  activities?: Activity[];
  activitiesText?: string;
  fee?: { amount?: number; text?: string };
  capacity?: number;
  reservation?: boolean;
  newcomersWelcome?: boolean;
  transport?: boolean;
  accessibility?: string[];
  contact?: { phone?: string; email?: string; url?: string; organization?: string };
  consultation?: { topics?: string[]; hours?: string; referTo?: string; phone?: string };
  updated?: string;
}
