import { createUserInputSchema, resetPasswordInputSchema, updateUserInputSchema } from '@khcn/domain';
import { authedMutation, authedProcedure, router } from '../trpc.ts';
import { createUser } from './create-user.ts';
import { listUsers } from './list-users.ts';
import { resetPassword } from './reset-password.ts';
import { updateUser } from './update-user.ts';

/** Account management: quản trị only (permission 'user.manage', checked in each use case). */
export const usersRouter = router({
  list: authedProcedure.query(({ ctx }) => listUsers(ctx)),
  create: authedMutation(createUserInputSchema, createUser),
  update: authedMutation(updateUserInputSchema, updateUser),
  resetPassword: authedMutation(resetPasswordInputSchema, resetPassword),
});
