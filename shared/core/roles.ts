/** Actors of DOMAIN.md §2, as the role group a credential carries. */
/**
 * `officer` is an officer's own account (bound to one officer by the token's officer claim):
 * it reads that officer's months, standing and appeals, and nothing else.
 */
export const ROLES = ['device', 'clerk', 'head', 'supervisor', 'panel', 'admin', 'officer', 'public'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, { zh: string; en: string }> = {
  device: { zh: '评价器', en: 'evaluation device' },
  clerk: { zh: '考勤登记员', en: 'window clerk' },
  head: { zh: '窗口负责人', en: 'window head' },
  supervisor: { zh: '管理科/督查科', en: 'supervisor' },
  panel: { zh: '考核小组', en: 'panel member' },
  admin: { zh: '管理员', en: 'administrator' },
  officer: { zh: '工作人员本人', en: 'officer (own view)' },
  public: { zh: '公众', en: 'public' },
};

/**
 * Evaluation devices sign in with the OAuth client-credentials flow: their access token
 * carries this scope instead of a user group.
 */
export const DEVICE_SCOPE = { resourceServer: 'honor-board', scope: 'evaluations.write' } as const;
export const deviceScopeName = `${DEVICE_SCOPE.resourceServer}/${DEVICE_SCOPE.scope}`;
