/** The words of the OpenID Connect sign-in and its callback page, in both languages. */
import type { Lang } from '../i18n.ts';

export const SIGN_IN_WORDS: Record<Lang, {
  note: string;
  redirecting: string;
  completing: string;
  failed: (message: string) => string;
  again: string;
  notConfigured: string;
}> = {
  zh: {
    note: '工作人员通过所在单位的统一身份认证登录（部署在 AWS 时为 Amazon Cognito 登录页，需密码和动态验证码；本机开发时为开发用登录页，选择身份即可）。登录后，凭证只保存在本浏览器标签页中。',
    redirecting: '正在前往登录页……',
    completing: '正在完成登录……',
    failed: (message) => `登录未完成：${message}`,
    again: '重新登录',
    notConfigured: '本站尚未配置登录（/auth/config.json 不可用）。',
  },
  en: {
    note: 'Staff sign in with their organisation’s sign-in (on AWS the Amazon Cognito page, with a password and a one-time code; on a development machine the development page, where a role is picked). The credential is kept in this browser tab only.',
    redirecting: 'Going to the sign-in page…',
    completing: 'Completing the sign-in…',
    failed: (message) => `The sign-in did not complete: ${message}`,
    again: 'Sign in again',
    notConfigured: 'Sign-in is not configured for this site (/auth/config.json is unavailable).',
  },
};
