/** The demo's people outside the windows, and the credentials windows submit with. All fictitious. */

/** Supervisors (管理科/督查科): they verify findings, register complaints, decide appeals. */
export const SUPERVISORS = [
  { id: 'sup-gu', name: '顾立群' },
  { id: 'sup-shen', name: '沈若兰' },
  { id: 'sup-fang', name: '方启航' },
] as const;

/** The assessment panel (考核小组). */
export const PANEL = [
  { id: 'panel-qiao', name: '乔慕言' },
  { id: 'panel-lan', name: '蓝知远' },
  { id: 'panel-ning', name: '宁书禾' },
] as const;

/** The third party commissioned for hygiene inspections. */
export const INSPECTOR = '物业服务公司检查员 柏清和';

/** Who submits for a window: its evaluation device and its clerk (考勤登记员). */
export const deviceOf = (windowId: string): string => `device-${windowId}`;
export const clerkOf = (windowId: string): string => `clerk-${windowId}`;
