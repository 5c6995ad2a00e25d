import type { Summary, Verdict } from './stats.js';

/** Levels of the region tree, root first (a province once the tree has one; until then cities are the roots). */
export const LEVELS = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'] as const;
export type Level = (typeof LEVELS)[number];

/** A region as the floor statements need it. */
export interface Place {
  id: string;
  level: Level;
  path: string;
  name: string;
}

/** Which account a scenario runs as: the county's bureau, a city's, the province's. */
export type ScopeLabel = 'county' | 'city' | 'province' | 'township' | 'analyst';

export interface Scope {
  label: ScopeLabel;
  username: string;
  place: Place;
}

/** What the clients measured against. */
export type TargetName = 'api' | 'floor' | 'postgraphile';

export interface Measured {
  /** By concurrency (1, 8). */
  byClients: Record<number, Summary>;
  /** Concurrencies not run, and why (one request alone already took most of the time budget). */
  notRun?: Record<number, string>;
  error?: string;
}

export interface ScenarioResult {
  scenario: string;
  title: string;
  kind: 'list' | 'aggregate' | 'deep' | 'yearEnd';
  scope: ScopeLabel;
  username: string;
  api: Measured & {
    /** SQL statements the API ran per request (the 1-client runs, onQuery in the API process). */
    statementsPerRequest: number | null;
    /** Event-loop delay of the API process while this scenario ran (all its runs), ms. */
    eventLoopMaxMs: number | null;
    eventLoopP99Ms: number | null;
    /** The longest delay while each concurrency ran, ms: at 1 client the longest any one request held the loop. */
    eventLoopMaxByClients: Record<number, number>;
  };
  floor: Measured & {
    /** The floor's JSON equals the API's (key order aside); null when not compared. */
    equal: boolean | null;
    /** Why the scenario has no floor. */
    none?: string;
    difference?: string;
  };
  postgraphile: (Measured & { sameIds: boolean | null; note?: string }) | { unsupported: string };
  /** Rows of a list's page (the API's answer). */
  items?: number;
  /** Size of the API's answer (`data`, as JSON), bytes. */
  bytes?: number;
}

export interface HeavyResult {
  scenario: string;
  scope: ScopeLabel;
  heavy: Summary;
  meIdle: Summary;
  meUnderLoad: Summary;
  eventLoopMaxMs: number;
  eventLoopP99Ms: number;
  eventLoopMeanMs: number;
  /** Event-loop utilisation of the API process during the heavy run, 0–1. */
  utilisation: number;
  /** Requests that failed meanwhile (either kind), with why. */
  failures: string[];
}

export interface TargetCheck {
  name: string;
  measured: string;
  limit: string;
  verdict: Verdict;
  note?: string;
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  ramGiB: number;
  platform: string;
  node: string;
  postgres: string;
  loadStart: number[];
  loadEnd: number[];
  startedAt: string;
  endedAt: string;
}

export interface RunReport {
  machine: MachineInfo;
  /** Rows per table that matter for the scenarios, and regions per level. */
  sizes: Record<string, number>;
  database: string;
  scopes: Scope[];
  /** Scopes asked for but not measured, and why. */
  missingScopes: string[];
  settings: { rounds: number; roundMs: number; budgetMs: number; concurrency: number[]; today: string; command: string };
  targets: TargetCheck[];
  scenarios: ScenarioResult[];
  heavy: HeavyResult | null;
  rss: { peakMb: number; endMb: number; startMb: number };
  eventLoopRunMaxMs: number | null;
  notes: string[];
}
