import type { z } from 'zod';
import type { SiteConfig } from '../site/site-config.schema.ts';
import { type ReportContent, reportContentSchema } from './report.schema.ts';

/**
 * The department's report frame: what every new report starts with besides its sections and subject (place,
 * closing sentence, recipients, archive line, signature block). Kept in the settings with the identity (Thông
 * tin đơn vị), edited by quản trị; a clerk can still change a draft's own frame.
 */
export const reportFrameSettingsSchema = reportContentSchema.pick({
  place: true,
  closing: true,
  recipients: true,
  archive: true,
  signature: true,
});
export type ReportFrameSettings = z.infer<typeof reportFrameSettingsSchema>;

/** A frame that names nobody, for an installation whose quản trị has not set one: place and closing from the identity. */
export function defaultReportFrame(site: SiteConfig): ReportFrameSettings {
  return {
    place: site.province,
    closing: `${site.departmentName} trân trọng báo cáo./.`,
    recipients: [],
    archive: ['VT'],
    signature: null,
  };
}

/** A report's content with the department's frame in place of whatever frame it had. */
export function withReportFrame(content: ReportContent, frame: ReportFrameSettings): ReportContent {
  return {
    ...content,
    place: frame.place,
    closing: frame.closing,
    recipients: frame.recipients,
    archive: frame.archive,
    signature: frame.signature,
  };
}
