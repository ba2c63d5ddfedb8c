import { changePasswordInputSchema, signInInputSchema } from '@khcn/domain';
import { authedMutation, authedProcedure, publicProcedure, router } from '../trpc.ts';
import { changePassword } from './change-password.ts';
import { getCurrentUser } from './get-current-user.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';
import { signOutEverywhere } from './sign-out-everywhere.ts';

export const authRouter = router({
  signIn: publicProcedure.input(signInInputSchema).mutation(({ ctx, input }) => signIn(ctx, input)),
  signOut: authedProcedure.mutation(({ ctx }) => signOut(ctx)),
  signOutEverywhere: authedProcedure.mutation(({ ctx }) => signOutEverywhere(ctx)),
  changePassword: authedMutation(changePasswordInputSchema, changePassword),
  me: publicProcedure.query(({ ctx }) => getCurrentUser(ctx)),
});
