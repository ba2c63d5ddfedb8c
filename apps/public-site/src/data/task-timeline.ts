/** The stage timeline of an S&T task page: each milestone with its date and the edition that recorded it. */
import { formatDate, formatPeriod, type PublicTask, taskEventKinds, taskRatings } from '@khcn/domain';
import type { EditionCitation, SiteModel } from './site-model.ts';

export type TimelineEntry = {
  kindLabel: string;
  /** The event's date, or its report period when the report gives no date. */
  dateText: string;
  detail: string[];
  citation: EditionCitation;
};

export function taskTimeline(task: PublicTask, citeEdition: SiteModel['citeEdition']): TimelineEntry[] {
  return [...task.events]
    .sort((a, b) => {
      const ka = a.date ?? `${a.period}-99`;
      const kb = b.date ?? `${b.period}-99`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    })
    .map((event): TimelineEntry => {
      const detail: string[] = [];
      if (event.rating) detail.push(`Xếp loại: ${taskRatings[event.rating]}`);
      if (event.certificateNumber) detail.push(`Số giấy chứng nhận: ${event.certificateNumber}`);
      if (event.note) detail.push(event.note);
      return {
        kindLabel: taskEventKinds[event.kind],
        dateText: event.date ? formatDate(event.date) : `Trong ${formatPeriod(event.period)}`,
        detail,
        citation: citeEdition(event.recordedIn),
      };
    });
}
