import { z } from 'zod';
import { idSchema, isoDateSchema, periodSchema, shortTextSchema, textSchema } from '../common.schema.ts';
import { asOfEdition, editionRefSchema } from '../snapshot/edition-ref.schema.ts';

export const taskLevels = {
  national: 'Cấp quốc gia',
  ministry: 'Cấp bộ',
  provincial: 'Cấp tỉnh',
  grassroots: 'Cấp cơ sở',
} as const;
export type TaskLevel = keyof typeof taskLevels;

/** Stage events of a task's life (Circular 14/2014/TT-BKHCN). */
export const taskEventKinds = {
  approved: 'Phê duyệt',
  contracted: 'Ký hợp đồng',
  monitored: 'Theo dõi, phối hợp triển khai',
  checked: 'Kiểm tra, đánh giá quá trình thực hiện',
  evaluated: 'Đánh giá',
  accepted: 'Nghiệm thu',
  results_registered: 'Đăng ký kết quả',
  recognised: 'Công nhận kết quả',
  applied: 'Ứng dụng kết quả',
} as const;
export type TaskEventKind = keyof typeof taskEventKinds;
export const taskEventOrder: TaskEventKind[] = Object.keys(taskEventKinds) as TaskEventKind[];

export const taskRatings = { excellent: 'Xuất sắc', pass: 'Đạt', fail: 'Không đạt' } as const;

export const taskEventSchema = z
  .object({
    id: idSchema,
    kind: z.enum(Object.keys(taskEventKinds) as [TaskEventKind, ...TaskEventKind[]]),
    date: isoDateSchema.optional(),
    /** The report period that recorded the event. */
    period: periodSchema,
    rating: z.enum(['excellent', 'pass', 'fail']).optional(),
    certificateNumber: shortTextSchema.optional(),
    note: shortTextSchema.optional(),
  })
  .refine((e) => e.kind !== 'accepted' || e.rating !== undefined || e.note !== undefined, {
    path: ['rating'],
    error: 'Xếp loại: cần ghi xếp loại nghiệm thu (hoặc ghi chú)',
  });
export type TaskEvent = z.infer<typeof taskEventSchema>;

export const budgetSchema = z.object({
  /** triệu đồng */
  stateBudget: z.number().min(0).max(1e7).optional(),
  otherBudget: z.number().min(0).max(1e7).optional(),
});

export const stTaskSchema = z
  .object({
    id: idSchema,
    code: z.string().trim().max(40).optional(),
    title: textSchema.pipe(z.string().max(1000)),
    level: z.enum(Object.keys(taskLevels) as [TaskLevel, ...TaskLevel[]]),
    programme: shortTextSchema.optional(),
    field: shortTextSchema.optional(),
    hostOrganisation: shortTextSchema.optional(),
    principalInvestigator: shortTextSchema.optional(),
    objectives: textSchema.optional(),
    mainContent: textSchema.optional(),
    expectedResults: textSchema.optional(),
    startDate: isoDateSchema.optional(),
    endDate: isoDateSchema.optional(),
    budget: budgetSchema.default({}),
    resultSummary: textSchema.optional(),
    events: z.array(taskEventSchema).max(200).default([]),
  })
  .refine((t) => !t.startDate || !t.endDate || t.endDate >= t.startDate, {
    path: ['endDate'],
    error: 'Ngày kết thúc: phải sau ngày bắt đầu',
  });
export type StTask = z.infer<typeof stTaskSchema>;
export type StTaskInput = z.input<typeof stTaskSchema>;

/** A task as published: each stage event cites the approved edition that recorded it. */
export const publicTaskSchema = stTaskSchema.safeExtend({
  ...asOfEdition,
  events: z.array(taskEventSchema.safeExtend({ recordedIn: editionRefSchema })),
});
export type PublicTask = z.infer<typeof publicTaskSchema>;

/** The task's stage: its latest event in life order, or "approved" when it has none. */
export function taskStage(task: Pick<StTask, 'events'>): TaskEventKind | null {
  let best = -1;
  for (const e of task.events) best = Math.max(best, taskEventOrder.indexOf(e.kind));
  return best < 0 ? null : taskEventOrder[best]!;
}

/** Tasks past their end date that have not been accepted: they need attention. */
export function isTaskOverdue(task: Pick<StTask, 'endDate' | 'events'>, today: string): boolean {
  if (!task.endDate || task.endDate >= today) return false;
  const stage = taskStage(task);
  return stage === null || taskEventOrder.indexOf(stage) < taskEventOrder.indexOf('accepted');
}
