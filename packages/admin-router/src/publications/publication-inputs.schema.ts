import { idSchema } from '@khcn/domain';
import { z } from 'zod';

export const listPublicationsInputSchema = z
  .object({ limit: z.number().int().min(1).max(100).default(20) })
  .default({ limit: 20 });
export type ListPublicationsInput = z.infer<typeof listPublicationsInputSchema>;

export const publicationLocatorSchema = z.object({ id: idSchema });
