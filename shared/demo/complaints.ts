/**
 * Complaints (投诉) through the year and their lifecycles (complaint steps): unfounded ones, a
 * simple on-site one settled the same day, the 12345 referral that is verified (findings and
 * vetoes), one at the bottom window, one settled after its deadline, one extended with a
 * reason, and one still under investigation on the demo's today. A verified complaint
 * leads to findings and, as seed 003 rules, vetoes of the officer and the window.
 */
import type { Officer } from '#core/center';
import type { ComplaintBody } from '#core/records/complaint';
import type { ComplaintStep } from '#core/records/complaint-step';
import { findingsOf, type Supervisor, vetoOf } from './findings.ts';
import { SUPERVISORS } from './people.ts';
import type { Random } from './random.ts';
import { type DemoRecord, demoRecord } from './record.ts';
import { type DemoWorld, uncast } from './world.ts';

interface Step {
  readonly step: ComplaintStep;
  /** Working days after the complaint was received. */
  readonly after: number;
  readonly note?: string;
  readonly extensionReason?: string;
}

interface Story {
  readonly windowId: string;
  /** The officer complained about; a staff member at the counter that day when not cast. */
  readonly officer?: Officer;
  readonly from: string;
  readonly channel: ComplaintBody['channel'];
  readonly simple?: true;
  readonly summary: string;
  readonly complainant: readonly [string, string];
  /** 12345 referrals: the hotline's ticket and its deadline in working days. */
  readonly referral?: { readonly number: string; readonly workingDays: number };
  readonly steps: readonly Step[];
  /** Codes of the findings and vetoes a verified complaint leads to. */
  readonly findings?: readonly string[];
  readonly vetoes?: readonly string[];
  readonly verifiedBy: Supervisor;
}

const [GU, SHEN, FANG] = SUPERVISORS;

function stories(world: DemoWorld): Story[] {
  const { cast } = world;
  return [
    {
      windowId: 'w09',
      from: '2026-03-10',
      channel: 'phone',
      summary: '来电反映办理不动产登记时等候时间过长，工作人员解释不耐心',
      complainant: ['刘先生', '139****2086'],
      steps: [
        { step: 'investigating', after: 1 },
        { step: 'unfounded', after: 2, note: '调阅叫号记录和监控，等候时间在正常范围，工作人员解释清楚，投诉不属实' },
        { step: 'closed', after: 3, note: '已电话回复投诉人' },
      ],
      verifiedBy: SHEN,
    },
    {
      windowId: 'w05',
      from: '2026-05-20',
      channel: 'on-site',
      simple: true,
      summary: '群众现场反映工作人员与其发生争执',
      complainant: ['陈女士', '137****5521'],
      steps: [
        { step: 'verified', after: 0, note: '现场核实，工作人员语气生硬并与群众争执，已当场道歉' },
        { step: 'closed', after: 0, note: '群众表示接受' },
      ],
      findings: ['O-IDEO-QUARREL', 'W-SVC-QUARREL'],
      vetoes: ['V-O-COMPLAINT-VERIFIED', 'V-W-COMPLAINT-VERIFIED'],
      verifiedBy: GU,
    },
    {
      windowId: cast.hotlineSubject.windowId,
      officer: cast.hotlineSubject,
      from: '2026-08-12',
      channel: 'hotline-12345',
      summary: '市民通过12345热线反映，办理社保关系转移时工作人员态度冷漠、相互推诿',
      complainant: ['王先生', '135****7710'],
      referral: { number: '12345-20260812-0231', workingDays: 5 },
      steps: [
        { step: 'investigating', after: 1 },
        { step: 'verified', after: 4, note: '调阅录音录像并询问当事人，投诉属实' },
        { step: 'closed', after: 5, note: '已向12345平台反馈办理结果，投诉人满意' },
      ],
      findings: ['O-IDEO-COMPLAINT-ATTITUDE', 'W-SVC-COMPLAINT-VERIFIED'],
      vetoes: ['V-O-COMPLAINT-12345', 'V-W-COMPLAINT-12345'],
      verifiedBy: GU,
    },
    {
      windowId: 'w01',
      from: '2026-09-01',
      channel: 'email',
      summary: '来信反映企业开办线上预约号源不足',
      complainant: ['赵女士', 'zhao.demo@example.com'],
      // Settled six working days after receipt, past the three-day deadline, with no extension.
      steps: [
        { step: 'investigating', after: 1 },
        { step: 'unfounded', after: 6, note: '核查预约系统记录，号源按规定发放，投诉不属实' },
        { step: 'closed', after: 7, note: '已邮件回复投诉人' },
      ],
      verifiedBy: FANG,
    },
    {
      windowId: cast.bottomWindowId,
      from: '2026-09-08',
      channel: 'phone',
      summary: '来电反映二手房交易网签材料多次被要求补正，工作人员未一次性告知',
      complainant: ['孙先生', '136****3098'],
      steps: [
        { step: 'investigating', after: 1 },
        { step: 'verified', after: 3, note: '核实补正记录，三次补正内容均可一次告知，投诉属实' },
        { step: 'closed', after: 3, note: '已向投诉人致歉并加急办理' },
      ],
      findings: ['O-DUTY-NO-ONE-TIME-NOTICE', 'W-SVC-COMPLAINT-VERIFIED'],
      vetoes: ['V-O-COMPLAINT-VERIFIED', 'V-W-COMPLAINT-VERIFIED'],
      verifiedBy: SHEN,
    },
    {
      windowId: 'w20',
      from: '2026-10-12',
      channel: 'letter-visit',
      summary: '来访反映工程建设项目审批环节多、时间长',
      complainant: ['周先生', '138****6642'],
      steps: [
        { step: 'investigating', after: 1, extensionReason: '涉及住建、自然资源等多部门联合审批，需会同核实，延期办理' },
        { step: 'unfounded', after: 8, note: '各审批环节均在法定时限内办结，投诉不属实，已作解释' },
        { step: 'closed', after: 9 },
      ],
      verifiedBy: FANG,
    },
    {
      windowId: 'w14',
      from: '2026-10-28',
      channel: 'phone',
      summary: '来电反映婚姻登记预约电话难以接通',
      complainant: ['吴女士', '133****9015'],
      steps: [{ step: 'investigating', after: 1 }],
      verifiedBy: SHEN,
    },
  ];
}

export function generateComplaints(world: DemoWorld, random: Random): DemoRecord[] {
  const { roster, calendar, presence } = world;
  const records: DemoRecord[] = [];
  for (const story of stories(world)) {
    const { windowId, verifiedBy } = story;
    const officer = story.officer ?? random.pick(uncast(world, roster.staffOf(windowId)));
    const receivedDate = presence.dayAtWork(officer, story.from);
    const id = `demo-complaint-${receivedDate}-${windowId}`;
    const body: ComplaintBody = {
      receivedDate,
      channel: story.channel,
      ...(story.simple ? { simple: true } : {}),
      windowId,
      officerId: officer.officerId,
      summary: story.summary,
      complainantName: story.complainant[0],
      complainantContact: story.complainant[1],
      ...(story.referral
        ? { referralNumber: story.referral.number, referralDeadline: calendar.addWorkingDays(receivedDate, story.referral.workingDays).date }
        : {}),
    };
    records.push(demoRecord('complaint', id, body, verifiedBy.id));
    for (const { step, after, note, extensionReason } of story.steps) {
      const date = calendar.addWorkingDays(receivedDate, after).date;
      const stepBody = { complaintId: id, step, date, ...(note ? { note } : {}), ...(extensionReason ? { extensionReason } : {}) };
      records.push(demoRecord('complaint-step', `${id}-${step}`, stepBody, verifiedBy.id));
    }
    const verified = story.steps.find((s) => s.step === 'verified');
    if (!verified) continue;
    const date = calendar.addWorkingDays(receivedDate, verified.after).date;
    const evidence = `投诉经查属实：${story.summary}（${verified.note ?? ''}）`;
    records.push(
      ...findingsOf(
        { kind: 'complaint', id, recordId: id, date, verifiedBy },
        (story.findings ?? []).map((code) => ({ code, windowId, officer, evidence })),
      ),
      ...(story.vetoes ?? []).map((code) => vetoOf(code, { windowId, officer }, date, evidence, verifiedBy)),
    );
  }
  return records;
}
