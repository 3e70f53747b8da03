/** The center and its windows and officers (中心、窗口、工作人员) — DOMAIN.md §1. */
import { z } from 'zod';
import { centerId, officerId, windowId } from './records/common.ts';

export const center = z.strictObject({
  centerId,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  address: z.string(),
  phone: z.string(),
});
export type Center = z.infer<typeof center>;

export const serviceWindow = z.strictObject({
  windowId,
  /** Counter name as shown in the hall, e.g. "市场监管综合窗口". */
  name: z.string().min(1),
  /** The dispatching department (派驻单位). */
  department: z.string().min(1),
  departmentEn: z.string().min(1),
});
export type ServiceWindow = z.infer<typeof serviceWindow>;

export const officer = z.strictObject({
  officerId,
  name: z.string().min(1),
  windowId,
  role: z.enum(['head', 'staff']),
  /** First day stationed at the center (进驻日期). */
  startDate: z.iso.date(),
});
export type Officer = z.infer<typeof officer>;
