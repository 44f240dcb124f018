/**
 * The plan model of PRODUCT.md §6. `plan.schema.json` (published as `@chiiki/plan-viewer/plan.schema.json`)
 * is the contract; these types and the runtime validation in `validate.ts` are kept equal to it by a test.
 */

/** 自助・互助・共助・公助, in this order. */
export const ACTORS = ['self', 'mutual', 'community', 'public'] as const;
export type Actor = (typeof ACTORS)[number];

/** Who acts: みんなでできること (residents) / 社協の取り組み (council) / 行政の取り組み (government). */
export const ROLES = ['residents', 'council', 'government'] as const;
export type Role = (typeof ROLES)[number];

/** Status presets and their progress in % (a plan's own `statuses` override or add codes). */
export const STATUS_PRESETS: Readonly<Record<string, number>> = {
  planned: 0,
  started: 25,
  'in-progress': 50,
  'mostly-done': 75,
  done: 100,
};

/**
 * Kinds the viewer labels (基本目標, 重点目標…). Other kinds are allowed and shown as written.
 * - `vision-goal` 福祉目標 / 基本方針 · `goal` 基本目標 · `priority` 重点目標 · `cross-cutting` 横断的取組目標
 * - `pillar` 取組の柱 · `policy` 施策 · `action` 具体的な取り組み · `part` (numbered part of a programme)
 * - `initiative` 重点的な取組 · `activity` 実施した取り組み · `project` 主な取組・事業 · `concept` 考え方
 */
export const KNOWN_KINDS = ['goal', 'priority', 'cross-cutting', 'pillar', 'policy', 'action', 'part', 'initiative', 'activity', 'project', 'concept'] as const;

/** The 17 Sustainable Development Goals, numbered 1–17. */
export const SDG_NUMBERS = Array.from({ length: 17 }, (_, i) => i + 1);

/** Nodes deeper than this are moved up to this level (with a `too-deep` warning). */
export const MAX_DEPTH = 12;

/** A value measured in one 年度 (fiscal year, April to March; `2024` is April 2024 – March 2025). */
export interface YearValue {
  year: number;
  value: number;
}

export interface Indicator {
  name: string;
  unit?: string;
  baseline?: YearValue;
  target?: YearValue;
  actual?: YearValue[];
}

export interface Link {
  label: string;
  href: string;
}

export interface Milestone {
  /** 年度 */
  year: number;
  label: string;
}

export interface TextTranslation {
  title?: string;
  description?: string;
}

export interface PlanNode {
  /** Unique within the plan. Derived from the position when missing (with a warning). */
  id: string;
  title: string;
  /** What the node is in the plan's own structure: see `KNOWN_KINDS`; other words are kept as written. */
  kind?: string;
  /** The document's own numbering, e.g. `①`, `1-1`, `(2)`. */
  number?: string;
  description?: string;
  children?: PlanNode[];
  actors?: Actor[];
  roles?: Partial<Record<Role, string[]>>;
  /** Area ids (see `Plan.areas`). */
  areas?: string[];
  indicators?: Indicator[];
  /** A code of `STATUS_PRESETS` or of the plan's `statuses`. */
  status?: string;
  /** SDG numbers 1–17. */
  sdgs?: number[];
  links?: Link[];
  salonIds?: string[];
  milestones?: Milestone[];
  translations?: Record<string, TextTranslation>;
}

export interface PlanArea {
  id: string;
  name: string;
  /** 1 is the widest layer (全市), then 2 (中学校区), 3 (町内会)… */
  level: number;
  /** The document's name for the layer, e.g. 第1層. */
  levelName?: string;
  parent?: string;
  description?: string;
  translations?: Record<string, { name?: string; description?: string }>;
}

export interface PlanContact {
  name: string;
  address?: string;
  phone?: string;
  fax?: string;
  email?: string;
  url?: string;
}

export interface PlanStatus {
  label: string;
  progress: number;
}

export interface Plan {
  id: string;
  title: string;
  municipality: string;
  organizations?: string[];
  /** `YYYY-MM` to `YYYY-MM`, only where the document states it. */
  period?: { start: string; end: string };
  published?: string;
  /** 基本理念 */
  vision?: string;
  source?: { title: string; url?: string };
  contact?: PlanContact[];
  areas?: PlanArea[];
  statuses?: Record<string, PlanStatus>;
  /** 横断的取組目標: viewpoints that apply to every goal. */
  crossCutting?: PlanNode[];
  goals: PlanNode[];
  translations?: Record<string, { title?: string; municipality?: string; vision?: string }>;
}
