/**
 * The fixed rules' ledger lines in plain words (a finding code's words are the rulebook's),
 * for staff reading a ledger. Served with the finding codes, so the console names every
 * line the same way without keeping its own copy.
 */
export const RULE_LINE_NAMES: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  'CAT.BASE': { zh: '类别基础分', en: 'category base' },
  'CAT.FLOOR': { zh: '类别扣分以零分为限', en: 'category floor at zero' },
  'TOTAL.CAP': { zh: '总分以满分为限', en: 'total capped' },
  'EE.BASE': { zh: '电子评价基础分', en: 'electronic evaluation base' },
  'EE.FLOOR': { zh: '电子评价扣分以零分为限', en: 'electronic evaluation floor' },
  'EE.SHORTFALL': { zh: '评价率或满意率不足扣分', en: 'rating or satisfaction shortfall' },
  'EE.CONDUCT': { zh: '评价器使用不当', en: 'evaluator misconduct' },
  'HY.INSPECTION': { zh: '卫生检查', en: 'hygiene inspection' },
  'HY.MISSING': { zh: '缺少卫生检查', en: 'hygiene inspection missing' },
  'DUTY.SIGNED_IN': { zh: '在岗签到', en: 'signed in on duty' },
  'DUTY.WORK_DUTY': { zh: '因公在岗', en: 'on duty elsewhere' },
  'MEAN.MONTH': { zh: '月度得分', en: 'month’s score' },
};

