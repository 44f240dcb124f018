/**
 * The matcher's data model (PRODUCT.md §5): categories, days, needs, offers and the engine's result.
 * No DOM: this module runs in a worker and in Node.
 */

/** The 13 category codes, in the order of the resident survey (seed 004). */
export const CATEGORIES = [
  'safety-check',
  'consultation',
  'childcare',
  'study-support',
  'shopping',
  'housework',
  'outing',
  'garbage',
  'sick-care',
  'care-respite',
  'disaster',
  'conversation',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The survey's Japanese wording of each category: accepted in data as well as the code. */
export const CATEGORY_LABELS_JA: Record<Category, string> = {
  'safety-check': '安否確認の声かけ',
  consultation: '心配ごとなどの相談相手',
  childcare: '子どもの短時間の預かり',
  'study-support': '子どもの学習支援',
  shopping: '買い物の手伝い',
  housework: '家事の手伝い',
  outing: '外出の手伝い',
  garbage: 'ごみ出しの手伝い',
  'sick-care': '急病になった時の看病',
  'care-respite': '介護を必要とする人の短時間の預かり',
  disaster: '災害時の手助け',
  conversation: '日常的な話し相手',
  other: 'その他',
};

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

export const OFFER_KINDS = ['volunteer', 'group', 'service', 'salon'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** 支援してほしいこと: one resident's needs. */
export interface Need {
  id: string;
  /** Category codes; an unknown text is kept as is (it matches only offers listing the same text). */
  categories: string[];
  lat?: number;
  lng?: number;
  district?: string;
  days?: Day[];
  note?: string;
}

/** How a resident reaches an offer: never an individual volunteer's own phone or address. */
export interface OfferContact {
  /** e.g. "さくら町社会福祉協議会", "生活支援コーディネーター", a salon's name. */
  channel: string;
  phone?: string;
  url?: string;
}

/** 支援できること: a volunteer, group, service or salon. */
export interface Offer {
  id: string;
  name: string;
  kind: OfferKind;
  categories: string[];
  lat?: number;
  lng?: number;
  district?: string;
  days?: Day[];
  /** How many (need, category) pairs this offer serves in total; default 1. */
  capacity?: number;
  /** The furthest this offer goes, in km (straight line). */
  maxKm?: number;
  contact?: OfferContact;
}

/** A (need, offer, category) triple in `fixed` / `excluded`. */
export interface PairRef {
  needId: string;
  offerId: string;
  category: string;
}

export interface MatchOptions {
  /** Default distance limit (km) for offers without their own `maxKm`. */
  maxKm?: number;
  /** Pairs to keep (when valid) before solving for the rest. */
  fixed?: PairRef[];
  /** Pairs that must not be made. */
  excluded?: PairRef[];
}

export interface Match {
  needId: string;
  offerId: string;
  category: string;
  /** Straight-line km, rounded to the metre (0 when matched by district). */
  km: number;
}

/**
 * Why a (need, category) pair was not served, first that applies (PRODUCT.md §5, exactly these four).
 * An offer the coordinator excluded for the pair counts as taken: when every offer the rules allow was
 * excluded the reason is `capacity`, and the entry says `excluded: true`.
 */
export const UNMATCHED_REASONS = ['no-offer-in-category', 'days', 'distance', 'capacity'] as const;
export type UnmatchedReason = (typeof UNMATCHED_REASONS)[number];

export interface Unmatched {
  needId: string;
  category: string;
  reason: UnmatchedReason;
  /**
   * Present (and `true`) only when offers allowed by every rule exist for the pair and the coordinator
   * excluded all of them (`options.excluded`): the pair was left unserved by that choice.
   */
  excluded?: true;
}

/** Which input list a problem is about. */
export type ProblemList = 'needs' | 'offers' | 'fixed' | 'excluded';

/** A problem of §2 (`row` is the 1-based index in its list) plus the list it belongs to. */
export interface MatchProblem {
  list: ProblemList;
  row: number;
  field: string;
  reason:
    | 'required'
    | 'invalid-record'
    | 'invalid-type'
    | 'invalid-value'
    | 'unknown-code'
    | 'coordinates-swapped'
    | 'coordinates-missing'
    | 'coordinates-out-of-japan'
    | 'coordinates-placeholder'
    | 'duplicate-id';
  value: unknown;
  severity: 'error' | 'warning';
}

export interface MatchStats {
  /** (need, category) pairs served. */
  served: number;
  /** (need, category) pairs asked for (valid needs only). */
  total: number;
  /** Sum of the matches' km, rounded to the metre. */
  totalKm: number;
}

export interface MatchResult {
  matches: Match[];
  unmatched: Unmatched[];
  problems: MatchProblem[];
  stats: MatchStats;
}
