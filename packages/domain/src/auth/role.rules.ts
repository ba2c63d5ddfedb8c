import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';
import { divisionCodeSchema, idSchema } from '../common.schema.ts';

export const roles = ['editor', 'head', 'leader', 'clerk', 'admin'] as const;
export type Role = (typeof roles)[number];
export const roleSchema = z.enum(roles);
export const roleLabels: Record<Role, string> = {
  editor: 'Chuyên viên',
  head: 'Trưởng phòng',
  leader: 'Lãnh đạo Sở',
  clerk: 'Văn thư',
  admin: 'Quản trị',
};

/** Who acts. Passed into every rule; rules never look anything up. */
export const actorSchema = z.object({
  userId: idSchema,
  roles: z.array(roleSchema).min(1),
  divisions: z.array(divisionCodeSchema),
});
export type Actor = z.infer<typeof actorSchema>;

export const permissions = {
  'report.read': ['editor', 'head', 'leader', 'clerk', 'admin'],
  'report.create': ['editor', 'head', 'leader', 'clerk'],
  'report.editSection': ['editor', 'head', 'leader'],
  'report.editFrame': ['clerk', 'leader'],
  'report.submit': ['editor', 'head', 'clerk'],
  'report.return': ['head', 'leader'],
  'report.approve': ['leader'],
  'report.openCorrection': ['head', 'leader', 'clerk'],
  'record.write': ['editor', 'head', 'leader'],
  'publication.rollback': ['leader', 'admin'],
  'publication.publish': ['leader', 'admin'],
  'user.manage': ['admin'],
  'settings.manage': ['admin'],
  'indicator.manage': ['admin', 'head'],
  'audit.read': ['leader', 'admin', 'head'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof permissions;

export function hasPermission(actor: Pick<Actor, 'roles'>, permission: Permission): boolean {
  const allowed: readonly Role[] = permissions[permission];
  return actor.roles.some((r) => allowed.includes(r));
}

/** Editors and heads are scoped to their divisions; leaders edit any section. */
export function canEditSection(actor: Actor, sectionDivision: string): boolean {
  if (!hasPermission(actor, 'report.editSection')) return false;
  if (actor.roles.includes('leader')) return true;
  return actor.divisions.includes(sectionDivision);
}

/** The quản trị keeps every indicator; a trưởng phòng those of their divisions (one with no division: quản trị only). */
export function canManageIndicator(actor: Actor, division: string | null): boolean {
  if (!hasPermission(actor, 'indicator.manage')) return false;
  if (actor.roles.includes('admin')) return true;
  return division !== null && actor.divisions.includes(division);
}

export function requireIndicatorManager(actor: Actor, division: string | null): void {
  if (!canManageIndicator(actor, division)) {
    throw new DomainError(
      'FORBIDDEN',
      `Actor ${actor.userId} may not manage indicators of ${division ?? 'no division'}`,
      {
        userMessage: division
          ? `Bạn không quản lý chỉ tiêu của phòng ${division}.`
          : 'Chỉ quản trị được quản lý chỉ tiêu không thuộc phòng nào.',
      },
    );
  }
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor, permission)) {
    throw new DomainError('FORBIDDEN', `Actor ${actor.userId} lacks ${permission}`, {
      userMessage: 'Bạn không có quyền thực hiện thao tác này.',
    });
  }
}

export function requireSectionEditor(actor: Actor, sectionDivision: string): void {
  if (!canEditSection(actor, sectionDivision)) {
    throw new DomainError('FORBIDDEN', `Actor ${actor.userId} may not edit a ${sectionDivision} section`, {
      userMessage: `Bạn không phụ trách mục này (thuộc phòng ${sectionDivision}).`,
    });
  }
}
