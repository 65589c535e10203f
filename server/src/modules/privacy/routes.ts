// Routes of 个人信息保护 for staff: access grants, unmasking one record with a reason, correction
// requests for departments, withdrawing a dataset, and the audit trail (recent entries, verify).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireUser } from '../../http/auth.js';
import { invalid } from '../../http/problem.js';
import { pageOf } from '../../http/pagination.js';
import type { AppContext } from '../../context.js';
import {
  AuditPage,
  AuditQuery,
  AuditVerify,
  CorrectionView,
  GrantBody,
  GrantOptions,
  GrantOptionsQuery,
  GrantView,
  IdParams,
  ResolveBody,
  UnmaskBody,
  UnmaskReply,
  WithdrawReply,
  type AuditOutcome,
} from '#common/api/privacy.js';

/** The UTC instant a day (plus `days`) begins in China: audit times are stored in UTC. */
function chinaDayStart(date: string, days = 0): string {
  const d = new Date(`${date}T00:00:00+08:00`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString();
}

export const privacyRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { grants, corrections, retention, audit, subjects, forms, orgs } = ctx.services;
    const tags = ['privacy'];

    app.get(
      '/privacy/grants',
      {
        schema: {
          tags,
          summary: '数据授权（数据管理员看辖区的，部门看本部门的）',
          response: { 200: Type.Array(GrantView) },
        },
      },
      async (req) => grants.list(requireUser(req)),
    );

    app.get(
      '/privacy/grant-options',
      {
        schema: {
          tags,
          summary: '新建授权可选的部门和有效准入编号（所选市或区县，须在本人辖区内）',
          querystring: GrantOptionsQuery,
          response: {
            200: GrantOptions,
          },
        },
      },
      async (req) => grants.options(requireUser(req), req.query.district, orgs),
    );

    app.post(
      '/privacy/grants',
      {
        schema: {
          tags,
          summary: '授权部门使用数据元：写明用途，关联准入编号，设定截止日期（不晚于准入有效期）',
          body: GrantBody,
          response: { 201: GrantView },
        },
      },
      async (req, reply) => {
        const user = requireUser(req, ['data_steward']);
        const id = await grants.create(user, req.body);
        return reply.code(201).send((await grants.list(user)).find((g) => g.id === id)!);
      },
    );

    app.post(
      '/privacy/grants/:id/revoke',
      { schema: { tags, summary: '撤销授权（立即生效）', params: IdParams, response: { 200: GrantView } } },
      async (req) => grants.revoke(requireUser(req, ['data_steward']), req.params.id),
    );

    app.post(
      '/privacy/unmask',
      {
        schema: {
          tags,
          summary: '查看一条记录的未脱敏信息（须说明理由，记入审计）',
          body: UnmaskBody,
          response: {
            200: UnmaskReply,
          },
        },
        config: { audit: 'subjects.unmask' },
      },
      async (req) => {
        const user = requireUser(req);
        const { subjectId, reason, formId, community } = req.body;
        if (formId && community) {
          // A ledger row: the department sees its granted columns of that one person in clear.
          const r = await forms.ledgerRowClear(user, formId, community, subjectId);
          req.audit = {
            subjectIds: [subjectId],
            elements: r.columns.map((c) => c.element).filter((e): e is string => e !== null),
            purpose: reason.trim(),
            admissionNumber: r.form.admissionNumber,
            orgCode: community,
            detail: JSON.stringify({ form: formId }),
          };
          return {
            subjectId,
            facts: r.columns.flatMap((c, i) =>
              c.element ? [{ element: c.element, name: c.label, value: r.cells[i].value }] : [],
            ),
            cells: r.cells,
          };
        }
        const d = await subjects.detail(user, subjectId, { clear: true });
        req.audit = {
          subjectIds: [subjectId],
          elements: d.facts.map((f) => f.element),
          purpose: reason.trim(),
          orgCode: d.community.code,
        };
        return {
          subjectId,
          facts: d.facts.map((f) => ({ element: f.element, name: f.name, value: f.value })),
          cells: [],
        };
      },
    );

    app.get(
      '/privacy/corrections',
      {
        schema: { tags, summary: '居民的更正申请（发给本部门的）', response: { 200: Type.Array(CorrectionView) } },
        config: { audit: 'corrections.list' },
      },
      async (req) => {
        const r = await corrections.forDepartment(requireUser(req));
        req.audit = {
          subjectIds: r.map((c) => c.subject.id),
          elements: r.map((c) => c.element),
          purpose: '处理居民更正申请',
        };
        return r;
      },
    );

    app.post(
      '/privacy/corrections/:id/resolve',
      {
        schema: {
          tags,
          summary: '处理更正申请：采纳或不予采纳（须说明理由）',
          params: IdParams,
          body: ResolveBody,
          response: { 200: CorrectionView },
        },
      },
      async (req) => corrections.resolve(requireUser(req), req.params.id, req.body),
    );

    app.post(
      '/hub/datasets/:id/withdraw',
      {
        schema: {
          tags,
          summary: '撤回数据集：删除来自该数据集的事实及仅由其产生的对象；审计记录保留',
          params: IdParams,
          response: {
            200: WithdrawReply,
          },
        },
      },
      async (req) => {
        const user = requireUser(req, ['data_steward']);
        const r = await retention.withdraw(user, req.params.id);
        await audit.record(user, req.id, {
          action: 'dataset.withdraw',
          subjectCount: r.subjectsRemoved,
          orgCode: r.districtCode,
          purpose: '数据集撤回',
          detail: JSON.stringify({ dataset: r.dataset.id, facts: r.factsRemoved, subjects: r.subjectsRemoved }),
        });
        return r;
      },
    );

    app.get(
      '/privacy/audit',
      {
        schema: {
          tags,
          summary: '审计记录（最新在前），可按用户、事项、结果、日期和对象筛选',
          querystring: AuditQuery,
          response: {
            200: AuditPage,
          },
        },
      },
      async (req) => {
        const user = requireUser(req, ['data_steward', 'admin']);
        const { page, pageSize, offset } = pageOf(req.query);
        const { outcome, username, action, from, to, subject } = req.query;
        if (from && to && from > to) throw invalid([{ field: 'to', reason: 'expiry_before_start' }]);
        const { rows, total } = await audit.recent({
          // The trail of the reader's jurisdiction: a city steward sees its districts, a district its own.
          within: user.orgCode.slice(0, 6),
          outcome,
          username: username?.trim() || undefined,
          action,
          from: from ? chinaDayStart(from) : undefined,
          to: to ? chinaDayStart(to, 1) : undefined,
          subjectId: subject,
          offset,
          limit: pageSize,
        });
        return {
          items: rows.map((r) => ({
            id: r.id,
            at: r.at,
            username: r.username,
            role: r.role,
            orgCode: r.org_code,
            departmentCode: r.department_code,
            action: r.action,
            outcome: r.outcome as AuditOutcome,
            subjectCount: r.subject_count,
            subjectIds: (JSON.parse(r.subject_ids) as number[]).slice(0, 20),
            elements: JSON.parse(r.elements) as string[],
            purpose: r.purpose,
            admissionNumber: r.admission_number,
            fileSha256: r.file_sha256,
            requestId: r.request_id,
            hash: r.hash,
          })),
          total,
          page,
          pageSize,
        };
      },
    );

    app.get(
      '/privacy/audit/verify',
      {
        schema: {
          tags,
          summary: '校验审计记录的哈希链',
          response: {
            200: AuditVerify,
          },
        },
      },
      async (req) => {
        requireUser(req, ['data_steward', 'admin']);
        return audit.verify();
      },
    );
  };
