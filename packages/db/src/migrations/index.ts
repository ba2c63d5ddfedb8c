import type { Migration } from 'kysely/migration';
import * as createUsersAndSessions from './202611270900_create_users_and_sessions.ts';
import * as createAuditLog from './202611270905_create_audit_log.ts';
import * as createSettingsAndOrganisations from './202611270910_create_settings_and_organisations.ts';
import * as createReports from './202611270915_create_reports.ts';
import * as createRecords from './202611270920_create_records.ts';
import * as createFiles from './202611270925_create_files.ts';
import * as createPublications from './202611270930_create_publications.ts';
import * as createIndicators from './202612010900_create_indicators.ts';
import * as createFindingChecks from './202612010905_create_finding_checks.ts';
import * as addFigureBasisAndQualifierWords from './202612010910_add_figure_basis_and_qualifier_words.ts';
import * as addPublicationUploadingStatus from './202612150900_add_publication_uploading_status.ts';
import * as allowDeclarationRecords from './202612160900_allow_declaration_records.ts';

/** Every migration, by name; names sort in the order they apply. Never edit one after it lands. */
export const migrations: Record<string, Migration> = {
  '202611270900_create_users_and_sessions': createUsersAndSessions,
  '202611270905_create_audit_log': createAuditLog,
  '202611270910_create_settings_and_organisations': createSettingsAndOrganisations,
  '202611270915_create_reports': createReports,
  '202611270920_create_records': createRecords,
  '202611270925_create_files': createFiles,
  '202611270930_create_publications': createPublications,
  '202612010900_create_indicators': createIndicators,
  '202612010905_create_finding_checks': createFindingChecks,
  '202612010910_add_figure_basis_and_qualifier_words': addFigureBasisAndQualifierWords,
  '202612150900_add_publication_uploading_status': addPublicationUploadingStatus,
  '202612160900_allow_declaration_records': allowDeclarationRecords,
};
