import { type DbExecutor, findUserById, type User } from '@khcn/db';
import { DomainError } from '@khcn/domain';

export async function requireUser(db: DbExecutor, id: string): Promise<User> {
  const user = await findUserById(db, id);
  if (!user) {
    throw new DomainError('NOT_FOUND', `User ${id} not found`, { userMessage: 'Không tìm thấy tài khoản.' });
  }
  return user;
}
