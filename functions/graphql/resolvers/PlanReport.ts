import type { PlanReportResolvers } from './types.generated.js';
import { renderHtml, renderMarkdown } from '../../domain/report/plan-report';

export const PlanReport: PlanReportResolvers = {
  asOf: (report) => report.data.asOf,
  data: (report) => report.data,
  html: (report) => renderHtml(report.data),
  markdown: (report) => renderMarkdown(report.data),
};
