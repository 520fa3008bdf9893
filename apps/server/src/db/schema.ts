// The tables, as Kysely sees them (migrations/ creates them). Portable on purpose: JSON is
// stored as text, booleans as 0/1 integers, instants as epoch milliseconds (BIGINT on
// PostgreSQL, read back as numbers) next to the ISO text the contracts answer with, so one
// set of queries runs on SQLite and PostgreSQL alike.
import type { Generated, Kysely } from 'kysely';

export interface CitizensTable {
  zalo_id: string;
  name: string;
  avatar_url: string | null;
  /** E.164, once the citizen shared it through Zalo's phone consent. */
  phone: string | null;
  created_ms: number;
  updated_ms: number;
}

export interface CitizenSessionsTable {
  /** The session token's `jti`. */
  id: string;
  zalo_id: string;
  /** The Zalo access token behind the session, AES-256-GCM encrypted (never sent back). */
  zalo_token: string;
  expires_ms: number;
  created_ms: number;
}

export interface OneTimeCodesTable {
  /** SHA-256 of a used phone/location code: a replay is refused before Zalo is asked. */
  code_hash: string;
  expires_ms: number;
}

export interface ConsentRecordsTable {
  id: Generated<number>;
  zalo_id: string;
  purpose_id: string;
  version: number;
  decision: string;
  decided_at: string;
  decided_ms: number;
  text_hash: string;
  received_ms: number;
}

export interface ProceduresTable {
  id: string;
  version: number;
  /** The ProcedureDefinition as JSON. */
  definition: string;
  /** 1 for the version citizens file against; older versions stay for filed dossiers. */
  is_current: number;
  published_ms: number;
}

export interface DailyCountersTable {
  /** The unit code of a dossier (`000.00.06.H56`) or a report code prefix (`PA`). */
  scope: string;
  /** `YYMMDD`, the day in Vietnam. */
  day: string;
  last: number;
}

export interface DossiersTable {
  code: string;
  owner: string;
  idempotency_key: string;
  fingerprint: string;
  procedure_id: string;
  procedure_version: number;
  status: number;
  submitted_at: string;
  submitted_ms: number;
  due_date: string | null;
  completed_at: string | null;
  /** Answers (JSON), pruned as checked. */
  answers: string;
  on_behalf: string | null;
  result_delivery: string;
  supplement_request: string | null;
  result: string | null;
  fee_amount: number | null;
  cancellable: number;
  updated_ms: number;
  /** The DossierPayment (JSON); null when there is nothing to pay. */
  payment: string | null;
  /** Its status (`unpaid`, `pending_confirmation`, `paid`), for the console's filter. */
  payment_status: string | null;
  /** The staff account that last confirmed or declined the payment. */
  payment_actor: string | null;
}

export interface DossierEventsTable {
  id: Generated<number>;
  dossier_code: string;
  status: number;
  at: string;
  at_ms: number;
  note: string | null;
  /** `citizen` or the agency's name, as the citizen reads it. */
  by: string;
  /** The staff account that acted (never shown to citizens). */
  actor: string | null;
}

export interface DossierSupplementsTable {
  dossier_code: string;
  idempotency_key: string;
  fingerprint: string;
  at_ms: number;
}

export interface SlotBookingsTable {
  procedure_id: string;
  field_id: string;
  slot_id: string;
  booked: number;
}

export interface DossierBookingsTable {
  dossier_code: string;
  field_id: string;
  procedure_id: string;
  slot_id: string;
}

export interface DraftsTable {
  owner: string;
  id: string;
  procedure_id: string;
  updated_at: number;
  /** The RemoteDraft as JSON. */
  body: string;
}

export interface AttachmentsTable {
  id: string;
  owner: string;
  /** `dossier` (an answer's file) or `photo` (a report's photo). */
  kind: string;
  field_id: string | null;
  procedure_id: string | null;
  name: string;
  type: string;
  size: number;
  width: number | null;
  height: number | null;
  storage_key: string;
  created_ms: number;
  /** The dossier code or report id that uses it; null while pending. */
  used_by: string | null;
}

export interface RatingsTable {
  /** `dossier` or `report`. */
  subject_kind: string;
  subject_id: string;
  citizen: string;
  level: string;
  comment: string | null;
  rated_at: string;
  rated_ms: number;
}

export interface FeedbackCategoriesTable {
  id: string;
  position: number;
  /** The FeedbackCategory as JSON. */
  definition: string;
}

export interface ReportsTable {
  id: string;
  code: string;
  reporter: string;
  reporter_name: string | null;
  idempotency_key: string;
  fingerprint: string;
  category_id: string;
  description: string;
  /** ReportPhoto[] as JSON. */
  photos: string;
  /** ReportLocation as JSON, with its parts below for filtering. */
  location: string;
  commune_code: string | null;
  latitude: number | null;
  longitude: number | null;
  show_name: number;
  publish: number;
  notify: number;
  status: string;
  created_at: string;
  created_ms: number;
  /** `YYYY-MM-DD` in Vietnam, for the public date filter. */
  created_day: string;
  due_date: string | null;
  /** OfficialAnswer as JSON. */
  answer: string | null;
  /** The reporter's "Đã được giải quyết chưa?" answer as JSON. */
  resolved: string | null;
  updated_ms: number;
}

export interface ReportEventsTable {
  id: Generated<number>;
  report_id: string;
  status: string;
  at: string;
  at_ms: number;
  note: string | null;
  reopened: number;
  actor: string | null;
}

export interface ReportSupportersTable {
  report_id: string;
  citizen: string;
  at_ms: number;
}

export interface StaffAccountsTable {
  id: string;
  username: string;
  display_name: string;
  /** `scrypt$N$r$p$salt$hash` (node:crypto). */
  password_hash: string;
  /** `officer` or `admin`. */
  role: string;
  disabled: number;
  created_ms: number;
}

export interface StaffSessionsTable {
  /** SHA-256 of the token: a database dump hands out no working session. */
  token_hash: string;
  staff_id: string;
  expires_ms: number;
  created_ms: number;
}

/** Province settings kept in the database (JSON values), e.g. `payment_account`. */
export interface SettingsTable {
  key: string;
  value: string;
  updated_ms: number;
}

export interface Tables {
  citizens: CitizensTable;
  citizen_sessions: CitizenSessionsTable;
  one_time_codes: OneTimeCodesTable;
  consent_records: ConsentRecordsTable;
  procedures: ProceduresTable;
  daily_counters: DailyCountersTable;
  dossiers: DossiersTable;
  dossier_events: DossierEventsTable;
  dossier_supplements: DossierSupplementsTable;
  slot_bookings: SlotBookingsTable;
  dossier_bookings: DossierBookingsTable;
  drafts: DraftsTable;
  attachments: AttachmentsTable;
  ratings: RatingsTable;
  feedback_categories: FeedbackCategoriesTable;
  reports: ReportsTable;
  report_events: ReportEventsTable;
  report_supporters: ReportSupportersTable;
  staff_accounts: StaffAccountsTable;
  staff_sessions: StaffSessionsTable;
  settings: SettingsTable;
}

export type Db = Kysely<Tables>;
