// Routes of form templates (从模板导入) and of stewards' wordings (the matcher's synonyms and review queue).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../http/auth.js';
import { pageOf } from '../../http/pagination.js';
import { problem } from '../../http/problem.js';
import type { AppContext } from '../../context.js';
import { IdParams } from '#common/api/hub.js';
import { NoContent } from '#common/api/schema.js';
import {
  CorrectionsBody,
  CorrectionsReply,
  DecisionBody,
  SynonymPage,
  SynonymQuery,
  TemplateDraft,
  TemplateQuery,
  TemplateTextBody,
} from '#common/api/templates.js';
import { cleanFilename } from '../attachments/validate.js';
import { MAX_TEMPLATE_BYTES, readTemplate } from './template-file.js';
import { pastedColumns } from './template-header.js';

const IMPORTERS = ['department_officer', 'data_steward'] as const;

export const templateRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { templates, synonyms } = ctx.services;
    const tags = ['forms'];

    app.post(
      '/forms/templates',
      {
        schema: {
          tags,
          summary: '从模板导入：上传现有模板（XLSX 多行合并表头或 DOCX 表格，≤5 MB），得到逐列绑定的表单草稿与覆盖预览',
          description: 'multipart/form-data，字段 file。文件类型按内容识别。',
          consumes: ['multipart/form-data'],
          querystring: TemplateQuery,
          response: { 200: TemplateDraft },
        },
      },
      async (req) => {
        const user = requireUser(req, IMPORTERS);
        if (!req.isMultipart()) throw problem('template_format');
        const part = await req.file({ limits: { fileSize: MAX_TEMPLATE_BYTES } });
        if (!part) throw problem('dataset_empty');
        const filename = cleanFilename(part.filename);
        const tmp = path.join(os.tmpdir(), `jianfu-template-${crypto.randomBytes(6).toString('hex')}`);
        try {
          await pipeline(part.file, fs.createWriteStream(tmp));
          if (part.file.truncated) throw problem('template_too_large', { detail: filename });
          const { format, columns, title } = await readTemplate(tmp, filename);
          return await templates.draft(user, {
            format,
            // The title printed on the sheet, else the file's name.
            title: (title ?? filename.replace(/\.[^.]*$/, '')).slice(0, 60),
            columns,
            subjectType: req.query.subjectType,
            community: req.query.community,
          });
        } catch (err) {
          if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
            throw problem('template_too_large', { detail: filename });
          throw err;
        } finally {
          fs.rmSync(tmp, { force: true });
        }
      },
    );

    app.post(
      '/forms/templates/text',
      {
        schema: {
          tags,
          summary: '从模板导入：粘贴字段名（每行一个）或从 Excel 复制的表头',
          body: TemplateTextBody,
          response: { 200: TemplateDraft },
        },
      },
      async (req) => {
        const user = requireUser(req, IMPORTERS);
        const columns = pastedColumns(req.body.text);
        if (columns.length === 0) throw problem('template_no_columns');
        return templates.draft(user, {
          format: 'text',
          title: '',
          columns,
          subjectType: req.body.subjectType,
          community: req.body.community,
        });
      },
    );

    app.post(
      '/hub/synonyms',
      {
        schema: {
          tags: ['hub'],
          summary: '记录对字段绑定的更正：数据管理员的立即作为同义词生效，部门的进入待审队列',
          body: CorrectionsBody,
          response: { 200: CorrectionsReply },
        },
      },
      async (req) => synonyms.correct(requireUser(req, IMPORTERS), req.body.corrections),
    );

    app.get(
      '/hub/synonyms',
      {
        schema: {
          tags: ['hub'],
          summary: '字段名待审队列（低置信度绑定与部门的更正），或已确认的同义词；可搜索、分页',
          querystring: SynonymQuery,
          response: { 200: SynonymPage },
        },
      },
      async (req) => {
        const { page, pageSize } = pageOf(req.query);
        return synonyms.list(requireUser(req, ['data_steward']), {
          status: req.query.status,
          q: req.query.q,
          page,
          pageSize,
        });
      },
    );

    app.post(
      '/hub/synonyms/:id/decision',
      {
        schema: {
          tags: ['hub'],
          summary: '审定待审字段名：采纳、改绑，或标为表单专用字段',
          params: IdParams,
          body: DecisionBody,
          response: { 204: NoContent },
        },
      },
      async (req, reply) => {
        await synonyms.decide(requireUser(req, ['data_steward']), req.params.id, req.body);
        return reply.code(204).send(null);
      },
    );
  };
