import type { Locale, Salon, SalonStatus } from '@chiiki/core';

/** What the badge shows, after its attributes and the salon record are merged (attributes win). */
export interface BadgeInfo {
  name: string;
  /** Reading of a record's name (shown as ruby in やさしい日本語, SORT-STRING in the vCard). */
  nameKana?: string;
  topics: string[];
  /** Published hours ("月水金 10:00-12:00"). */
  hours: string;
  /** RRULE of the `schedule` attribute. */
  rrule: string;
  skipHolidays: boolean;
  /** The `closures` attribute as written. */
  closures: string;
  /** The record's own schedule, when read from a dataset. */
  record?: Salon;
  status?: SalonStatus;
  phone: string;
  email: string;
  url: string;
  organization: string;
  referTo: string;
  updated: string;
}

/** What the card code needs from the element. */
export interface BadgeContext {
  info: BadgeInfo;
  locale: Locale;
  /** The element's translate function (raw strings, ruby marks included). */
  t: (key: string, options?: Record<string, unknown>) => string;
  /** The clock. */
  now: Date;
  /** Base URL for relative links. */
  base: string;
}
