import type { APIRoute } from 'astro';
import { model } from '../../../data/site.ts';
import type { ReportView } from '../../../data/site-model.ts';

export function getStaticPaths() {
  return model.reports.map((report) => ({ params: { period: report.period }, props: { report } }));
}

/** The report with every approved edition, as published. */
export const GET: APIRoute<{ report: ReportView }> = ({ props }) =>
  new Response(JSON.stringify(props.report.report), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
