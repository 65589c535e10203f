// Routes of dataset imports: upload, dry run, error report (JSON and XLSX), commit and progress.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import ExcelJS from 'exceljs';
import { IMPORT_REASON_LABELS, label } from '#common/i18n/labels.js';
import { requireUser } from '../../http/auth.js';
import { pageOf } from '../../http/pagination.js';
import { pickLang, problem } from '../../http/problem.js';
import type { AppContext } from '../../context.js';
import {
  DatasetView,
  DryRunBody,
  ErrorsQuery,
  IdParams,
  ImportErrorPage,
  ImportView,
  UploadReply,
} from '#common/api/hub.js';
import { MAX_UPLOAD_BYTES } from './imports-service.js';

export const importRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { imports } = ctx.services;
    const tags = ['hub'];

    app.get(
      '/hub/datasets',
      {
        schema: {
          tags,
          summary: '部门数据集',
          response: {
            200: Type.Array(DatasetView),
          },
        },
      },
      async (req) => imports.datasets(requireUser(req)),
    );

    app.post(
      '/hub/datasets/:id/imports',
      {
        schema: {
          tags,
          summary: '上传数据文件（CSV：UTF-8 或 GBK，或 XLSX；≤150 MB），返回建议的字段对应',
          description: 'multipart/form-data，字段 file。',
          params: IdParams,
          consumes: ['multipart/form-data'],
          response: { 201: UploadReply },
        },
      },
      async (req, reply) => {
        const user = requireUser(req, ['data_steward', 'admin']);
        if (!req.isMultipart()) throw problem('dataset_format');
        const part = await req.file({ limits: { fileSize: MAX_UPLOAD_BYTES } });
        if (!part) throw problem('dataset_empty');
        const tmp = path.join(os.tmpdir(), `jianfu-upload-${crypto.randomBytes(6).toString('hex')}`);
        try {
          await pipeline(part.file, fs.createWriteStream(tmp));
          if (part.file.truncated) throw problem('dataset_too_large', { detail: part.filename });
          const result = await imports.upload(user, req.params.id, { tmpPath: tmp, filename: part.filename });
          return reply.code(201).send(result);
        } catch (err) {
          if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
            throw problem('dataset_too_large', { detail: part.filename });
          throw err;
        } finally {
          fs.rmSync(tmp, { force: true });
        }
      },
    );

    app.get(
      '/hub/datasets/:id/imports',
      {
        schema: {
          tags,
          summary: '数据集的导入记录（最近 50 次，新的在前）',
          params: IdParams,
          response: { 200: Type.Array(ImportView) },
        },
      },
      async (req) => imports.history(requireUser(req), req.params.id),
    );

    app.get(
      '/hub/imports/:id',
      { schema: { tags, summary: '导入状态与进度', params: IdParams, response: { 200: ImportView } } },
      async (req) => imports.get(requireUser(req), req.params.id),
    );

    app.post(
      '/hub/imports/:id/dry-run',
      {
        schema: {
          tags,
          summary: '按确认的字段对应试导入（后台进行，轮询进度）',
          params: IdParams,
          body: DryRunBody,
          response: { 202: ImportView },
        },
      },
      async (req, reply) => {
        const { done } = await imports.startDryRun(requireUser(req), req.params.id, req.body.mapping);
        done.catch((err: unknown) => req.log.warn({ err: { message: (err as Error).message } }, 'dry run failed'));
        return reply.code(202).send(await imports.view(req.params.id));
      },
    );

    app.post(
      '/hub/imports/:id/commit',
      {
        schema: { tags, summary: '正式导入（全部成功或全部不写入）', params: IdParams, response: { 202: ImportView } },
      },
      async (req, reply) => {
        const { done } = await imports.startCommit(requireUser(req), req.params.id);
        done.catch((err: unknown) => req.log.warn({ err: { message: (err as Error).message } }, 'commit failed'));
        return reply.code(202).send(await imports.view(req.params.id));
      },
    );

    app.get(
      '/hub/imports/:id/errors',
      {
        schema: {
          tags,
          summary: '试导入错误行（行号、列、值、原因）',
          params: IdParams,
          querystring: ErrorsQuery,
          response: {
            200: ImportErrorPage,
          },
        },
        // Error rows show the values as they were in the file (ID numbers, names).
        config: { audit: 'import.errors' },
      },
      async (req) => {
        const { page, pageSize, offset } = pageOf(req.query);
        const lang = pickLang(req.headers['accept-language']);
        const r = await imports.errors(requireUser(req), req.params.id, offset, pageSize);
        req.audit = {
          subjectCount: r.items.length,
          elements: [...new Set(r.items.map((e) => e.column))],
          purpose: '数据导入错误核对',
          detail: JSON.stringify({ import: req.params.id }),
        };
        return {
          items: r.items.map((e) => ({ ...e, message: label(IMPORT_REASON_LABELS, e.reason, lang) })),
          total: r.total,
          page,
          pageSize,
        };
      },
    );

    app.get(
      '/hub/imports/:id/errors.xlsx',
      { schema: { tags, summary: '下载错误报告 XLSX', params: IdParams }, config: { audit: 'import.errors.xlsx' } },
      async (req, reply) => {
        const user = requireUser(req);
        const view = await imports.get(user, req.params.id);
        req.audit = {
          subjectCount: view.rowsError,
          purpose: '数据导入错误核对',
          detail: JSON.stringify({ import: req.params.id }),
        };
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('错误报告');
        ws.addRow([`${view.dataset.name} · ${view.filename} · 试导入错误报告（${view.rowsError} 行有错误）`]).font = {
          bold: true,
        };
        ws.addRow(['行号', '列', '值', '原因']).font = { bold: true };
        for (let offset = 0; ; offset += 1000) {
          const { items } = await imports.errors(user, req.params.id, offset, 1000);
          for (const e of items) ws.addRow([e.rowNo, e.column, e.value, label(IMPORT_REASON_LABELS, e.reason)]);
          if (items.length < 1000) break;
        }
        [8, 20, 30, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
        const body = Buffer.from(await wb.xlsx.writeBuffer());
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="errors.xlsx"; filename*=UTF-8''${encodeURIComponent(`错误报告-${view.filename}.xlsx`)}`,
          )
          .send(body);
      },
    );
  };
