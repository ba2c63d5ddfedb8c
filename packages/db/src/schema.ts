import type {
  FrozenRecords,
  IndicatorName,
  Organisation,
  PublicationStatus,
  Recipient,
  SectionContent,
  Signature,
} from '@khcn/domain';
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { PublicationStage } from './publication.queries.ts';
import type { RecordData } from './record.queries.ts';

/**
 * Table types, kept beside the migrations that create them (there is no code generator in this workspace;
 * docs/decisions/0002-database.md). Change both together.
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type TimestampWithDefault = ColumnType<Date, Date | string | undefined, Date | string>;
type DateColumn = ColumnType<string, string, string>;
/** A jsonb column: read as the domain's `T`, written as JSON text (`toJson`). */
type Json<T> = ColumnType<T, string, string>;
/** What a JSON document may hold: the audit log's before/after and the settings are any such document. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  roles: string[];
  divisions: ColumnType<string[], string[] | undefined, string[]>;
  is_disabled: Generated<boolean>;
  must_change_password: Generated<boolean>;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  secret_hash: Uint8Array;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface LoginAttemptsTable {
  key: string;
  failures: Generated<number>;
  first_failure_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  action: string;
  entity_kind: string;
  entity_id: string | null;
  outcome: Generated<'ok' | 'rejected'>;
  before: Json<JsonValue> | null;
  after: Json<JsonValue> | null;
  request_id: string | null;
}

export interface SettingsTable {
  key: string;
  value: Json<JsonValue>;
  updated_at: TimestampWithDefault;
}

export interface OrganisationsTable {
  id: string;
  kind: string;
  names: Json<Organisation['names']>;
  search_key: string;
  version: Generated<number>;
  updated_at: TimestampWithDefault;
}

export interface ReportsTable {
  id: string;
  period: string;
  created_at: Timestamp;
  created_by: string | null;
}

export interface ReportEditionsTable {
  id: string;
  report_id: string;
  edition_no: number;
  status: 'draft' | 'in_review' | 'approved' | 'published';
  number_sequence: number | null;
  number_symbol: string | null;
  number_year: number | null;
  issued_on: DateColumn | null;
  change_note: string | null;
  subject: string;
  place: string;
  closing: string;
  recipients: Json<Recipient[]>;
  archive: Json<string[]>;
  signature: Json<Signature> | null;
  frame_version: Generated<number>;
  content_hash: string | null;
  submitted_by: string | null;
  submitted_hash: string | null;
  approved_by: string | null;
  approved_at: Timestamp | null;
  return_reason: string | null;
  /** A collection of a kind added after the approval is absent (completeFrozenRecords fills it in). */
  frozen_records: Json<Partial<FrozenRecords>> | null;
  carried_from_edition_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IndicatorsTable {
  code: string;
  names: Json<IndicatorName[]>;
  unit: string;
  group_name: string;
  division: string | null;
  aggregation: 'sum' | 'last' | 'none';
  default_basis: 'month' | 'ytd' | 'level';
  sum_of: Json<string[]>;
  at_most: string | null;
  retired_from: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FindingChecksTable {
  edition_id: string;
  finding_key: string;
  checked_by: string;
  checked_at: Timestamp;
}

export interface ReportSectionsTable {
  edition_id: string;
  key: string;
  position: number;
  parent_key: string | null;
  label: string;
  division: string;
  content: Json<SectionContent>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface RecordsTable {
  id: string;
  kind: string;
  title: string;
  period: string | null;
  year: number | null;
  field: string | null;
  status: string | null;
  level: string | null;
  listed_on: DateColumn | null;
  expires_on: DateColumn | null;
  search_key: string;
  data: Json<RecordData>;
  version: Generated<number>;
  is_demo: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface FilesTable {
  id: string;
  purpose: 'publication_pdf' | 'report_docx' | 'report_pdf';
  media_type: string;
  original_name: string;
  bytes: number;
  sha256: string;
  storage_key: string;
  created_at: Timestamp;
  created_by: string | null;
}

export interface EditionDocumentsTable {
  edition_id: string;
  format: 'docx' | 'pdf';
  file_id: string;
}

/** Defined once, in the domain (publication-stages.ts); the check constraint lists the same. */
export type { PublicationStatus } from '@khcn/domain';

export interface PublicationsTable {
  id: string;
  seq: Generated<number>;
  status: PublicationStatus;
  trigger: 'approval' | 'manual' | 'rollback' | 'startup';
  edition_id: string | null;
  requested_by: string | null;
  requested_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  stages: ColumnType<PublicationStage[], string | undefined, string>;
  error: string | null;
  release_dir: string | null;
  page_count: number | null;
  live_at: Timestamp | null;
  attempts: Generated<number>;
}

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
  organisations: OrganisationsTable;
  reports: ReportsTable;
  report_editions: ReportEditionsTable;
  report_sections: ReportSectionsTable;
  records: RecordsTable;
  files: FilesTable;
  edition_documents: EditionDocumentsTable;
  publications: PublicationsTable;
  indicators: IndicatorsTable;
  finding_checks: FindingChecksTable;
}

export type UserRow = Selectable<UsersTable>;
