import { createUserInputSchema, resetPasswordInputSchema, updateUserInputSchema } from '@khcn/domain';
import { authedProcedure, router } from '../trpc.ts';
import { createUser } from './create-user.ts';
import { listUsers } from './list-users.ts';
import { resetPassword } from './reset-password.ts';
import { updateUser } from './update-user.ts';

/** Account management: quản trị only (permission 'user.manage', checked in each use case). */
export const usersRouter = router({
  list: authedProcedure.query(({ ctx }) => listUsers(ctx)),
  create: authedProcedure.input(createUserInputSchema).mutation(({ ctx, input }) => createUser(ctx, input)),
  update: authedProcedure.input(updateUserInputSchema).mutation(({ ctx, input }) => updateUser(ctx, input)),
  resetPassword: authedProcedure
    .input(resetPasswordInputSchema)
    .mutation(({ ctx, input }) => resetPassword(ctx, input)),
});
