// Department dataset imports (数据回流): upload, a dry run with a row-level error report, and an
// all-or-nothing commit. Files are streamed from disk; rows never all sit in memory.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { codeWithin } from '#common/roles.js';
import { displayName } from '#common/orgs.js';
import type { Database } from '../../db/database.js';
import { refreshStatistics } from '../../db/dialect.js';
import { ProblemError, forbidden, invalid, notFound, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { OrgService } from '../orgs/service.js';
import type { Dictionary } from './dictionary.js';
import { stagedFile, type Mapping } from './import-rows.js';
import { checkRows, type CheckSetup, type CheckedRows } from './import-check.js';
import * as repo from './imports-repository.js';
import { isRelation } from '#common/relations.js';
import type { ImportStatus } from '#common/api/hub.js';
import { matchLabels } from './matcher.js';
import {
  detectEncoding,
  detectFormat,
  readTable,
  readTableBatches,
  type TableFormat,
  type TextEncoding,
} from './reader.js';
import { checkZip } from './zip-guard.js';
import type { Clock } from '../../clock/clock.js';
import { labelKey, type Correction, type SynonymService } from './synonyms-service.js';

export const KEY_ELEMENT: Record<string, string> = {
  resident: 'id_number',
  household: 'household_number',
  organisation: 'uscc',
  house: 'house_address',
};
export const MAX_UPLOAD_BYTES = 150 * 1024 * 1024;
const CHUNK = 10_000;
const MAX_STORED_ERRORS = 20_000;

export type Progress = (p: { stage: 'validating' | 'committing'; rows: number; fraction: number }) => void;

async function sha256File(file: string): Promise<string> {
  const h = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), h);
  return h.digest('hex');
}

function readHead(file: string, bytes = 65536): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

export class ImportService {
  private readonly jobs = new Map<number, Promise<void>>();

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly dataDir: string,
    private readonly orgs: OrgService,
    private readonly dictionary: Dictionary,
    private readonly synonyms?: SynonymService,
  ) {}

  private get db() {
    return this.database.db;
  }

  private requireSteward(user: SessionUser) {
    if (user.role !== 'data_steward' && user.role !== 'admin') throw forbidden('forbidden_role');
  }

  private async loadDataset(user: SessionUser, datasetId: number) {
    const d = await repo.findDataset(this.db, datasetId);
    if (!d) throw notFound('dataset_not_found');
    if (!codeWithin(d.org_code, user.orgCode) && !codeWithin(user.orgCode, d.org_code)) throw forbidden('out_of_scope');
    return d;
  }

  /** A withdrawn dataset takes no more data: its facts were removed on purpose (privacy retention). */
  private async refuseWithdrawn(datasetId: number) {
    const d = await repo.findDataset(this.db, datasetId);
    if (d?.withdrawn_at) throw problem('import_dataset_withdrawn', { detail: d.name });
  }

  async datasets(user: SessionUser) {
    this.requireSteward(user);
    return (await repo.listDatasets(this.db))
      .filter((d) => codeWithin(d.org_code, user.orgCode) || codeWithin(user.orgCode, d.org_code))
      .map((d) => ({
        id: d.id,
        code: d.code,
        name: d.name,
        department: { code: d.department_code, name: d.department_name },
        subjectType: d.subject_type,
        isDemo: Boolean(d.is_demo),
        withdrawnAt: d.withdrawn_at ?? null,
        lastImportAt: d.last_import_at ?? null,
      }));
  }

  /** Takes an uploaded file (already on disk), checks it, and suggests the column mapping. */
  async upload(user: SessionUser | null, datasetId: number, file: { tmpPath: string; filename: string }) {
    if (user) this.requireSteward(user);
    const dataset = user ? await this.loadDataset(user, datasetId) : await repo.findDataset(this.db, datasetId);
    if (!dataset) throw notFound('dataset_not_found');
    await this.refuseWithdrawn(datasetId);
    const size = fs.statSync(file.tmpPath).size;
    if (size === 0) throw problem('dataset_empty', { detail: file.filename });
    const head = readHead(file.tmpPath);
    const format = detectFormat(file.filename, head);
    const encoding: TextEncoding = format === 'csv' ? detectEncoding(head) : 'utf-8';
    if (format === 'xlsx') await checkZip(file.tmpPath, file.filename);
    const sample: string[][] = [];
    let header: string[] | null = null;
    for await (const row of readTable(file.tmpPath, format, encoding)) {
      if (!header) header = row.cells.map((c) => c.trim());
      else sample.push(row.cells);
      if (sample.length >= 5) break;
    }
    if (!header || header.every((h) => !h)) throw problem('dataset_empty', { detail: file.filename });
    if (sample.length === 0) throw problem('dataset_no_rows', { detail: file.filename });
    // With the stewards' wordings (as templates get them): a column rebound once is proposed so next time.
    const subject = { subject: dataset.subject_type as 'resident' };
    const matches = this.synonyms
      ? await this.synonyms.match(header, subject)
      : matchLabels(header, await this.dictionary.matchIndex(), subject);
    const keyElement = KEY_ELEMENT[dataset.subject_type];
    const mapping: Mapping = {
      columns: matches.map((m) => m.element),
      relations: matches.map((m) => m.relation),
      keyColumn: Math.max(
        0,
        matches.findIndex((m) => m.element === keyElement && !m.relation),
      ),
      communityColumn:
        matches.findIndex((m) => m.element === 'community' && !m.relation) >= 0
          ? matches.findIndex((m) => m.element === 'community')
          : null,
    };
    const at = this.clock.nowIso();
    const sha256 = await sha256File(file.tmpPath);
    const dir = path.join(this.dataDir, 'imports');
    fs.mkdirSync(dir, { recursive: true });
    const stored = path.join(dir, `${this.clock.now().getTime()}-${crypto.randomBytes(4).toString('hex')}.${format}`);
    fs.copyFileSync(file.tmpPath, stored);
    const id = await repo.insertImport(this.db, {
      datasetId,
      filename: file.filename,
      path: stored,
      sha256,
      size,
      format,
      encoding,
      columns: header,
      mapping,
      by: user?.id ?? null,
      at,
    });
    const same = await repo.committedWithHash(this.db, datasetId, sha256);
    return { ...(await this.view(id)), suggestions: matches, sample, sameAsImport: same?.id ?? null };
  }

  /** The latest imports of one dataset (newest first), for the steward's import history. */
  async history(user: SessionUser, datasetId: number) {
    this.requireSteward(user);
    await this.loadDataset(user, datasetId);
    return Promise.all((await repo.listImports(this.db, datasetId)).map((i) => this.view(i.id)));
  }

  async get(user: SessionUser, id: number) {
    this.requireSteward(user);
    const i = await repo.findImport(this.db, id);
    if (!i) throw notFound('import_not_found');
    await this.loadDataset(user, i.dataset_id);
    return this.view(id);
  }

  async view(id: number) {
    const i = await repo.findImport(this.db, id);
    if (!i) throw notFound('import_not_found');
    return {
      id: i.id,
      dataset: { id: i.dataset_id, code: i.dataset_code, name: i.dataset_name },
      filename: i.filename,
      fileSize: Number(i.file_size),
      sha256: i.file_sha256,
      format: i.format as TableFormat,
      encoding: i.encoding as TextEncoding,
      columns: JSON.parse(i.columns) as string[],
      mapping: JSON.parse(i.mapping) as Mapping,
      status: i.status as ImportStatus,
      rowsTotal: Number(i.rows_total),
      rowsError: Number(i.rows_error),
      rowsWritten: Number(i.rows_written),
      rowsUnchanged: Number(i.rows_unchanged),
      progress: Number(i.progress),
      message: i.message,
      createdAt: i.created_at,
      finishedAt: i.finished_at,
    };
  }

  private checkMapping(mapping: Mapping, columns: string[], subjectType: string, rules: Map<string, unknown>) {
    const errors = [];
    if (mapping.columns.length !== columns.length) errors.push({ field: 'mapping.columns', reason: 'invalid_value' });
    mapping.columns.forEach((e, i) => {
      if (e && !rules.has(e)) errors.push({ field: `mapping.columns.${i}`, reason: 'invalid_value' });
    });
    if (mapping.relations && mapping.relations.length !== columns.length)
      errors.push({ field: 'mapping.relations', reason: 'invalid_value' });
    mapping.relations?.forEach((r, i) => {
      if (r !== null && !isRelation(r)) errors.push({ field: `mapping.relations.${i}`, reason: 'invalid_value' });
    });
    if (mapping.columns[mapping.keyColumn] !== KEY_ELEMENT[subjectType] || mapping.relations?.[mapping.keyColumn])
      errors.push({ field: 'mapping.keyColumn', reason: 'mapping_needs_key' });
    if (errors.length) throw invalid(errors);
  }

  /**
   * The columns a person bound differently from the proposal are corrections of the matcher, as in a
   * template: a steward's wording binds next time, a department's waits in the review queue. A column left
   * unmapped is not a correction (a dataset may simply not bring that column), so it teaches nothing.
   */
  private async learn(user: SessionUser, columns: string[], before: Mapping, after: Mapping) {
    if (!this.synonyms || (user.role !== 'data_steward' && user.role !== 'department_officer')) return;
    const offered = new Set((await this.dictionary.elements()).filter((e) => !e.retiredFor).map((e) => e.code));
    const corrections: Correction[] = [];
    after.columns.forEach((element, c) => {
      const asked = after.relations?.[c] ?? null;
      const relation = isRelation(asked) ? asked : null;
      if (!element || !offered.has(element) || !labelKey(columns[c] ?? '')) return;
      if (before.columns[c] === element && (before.relations?.[c] ?? null) === relation) return;
      corrections.push({ label: columns[c], element, relation });
    });
    if (corrections.length) await this.synonyms.correct(user, corrections);
  }

  /** Starts the dry run; the returned promise settles when it is done (the API answers at once). */
  async startDryRun(
    user: SessionUser | null,
    id: number,
    mapping: Mapping,
    onProgress?: Progress,
  ): Promise<{ done: Promise<void> }> {
    if (user) this.requireSteward(user);
    const i = await repo.findImport(this.db, id);
    if (!i) throw notFound('import_not_found');
    if (user) await this.loadDataset(user, i.dataset_id);
    await this.refuseWithdrawn(i.dataset_id);
    if (this.jobs.has(id) || i.status === 'validating' || i.status === 'committing') throw problem('import_busy');
    if (i.status === 'committed') throw problem('illegal_transition');
    const columns = JSON.parse(i.columns) as string[];
    const rules = await this.dictionary.rules();
    this.checkMapping(mapping, columns, i.subject_type, rules);
    if (user) await this.learn(user, columns, JSON.parse(i.mapping) as Mapping, mapping);
    await repo.clearStaging(this.db, id);
    fs.rmSync(stagedFile(i.file_path), { force: true });
    await repo.updateImport(this.db, id, {
      status: 'validating',
      mapping: JSON.stringify(mapping),
      progress: 0,
      rows_total: 0,
      rows_error: 0,
      message: '',
    });
    const done = this.runDryRun(i, mapping, onProgress).finally(() => this.jobs.delete(id));
    this.jobs.set(id, done);
    return { done };
  }

  private async communityResolver(departmentOrg: string) {
    const communities = await this.orgs.communitiesUnder([departmentOrg]);
    const byName = new Map<string, string>();
    for (const c of communities) {
      byName.set(c.code, c.code);
      byName.set(c.name, c.code);
      byName.set(displayName(c.name), c.code);
    }
    return (raw: string) => byName.get(raw) ?? byName.get(displayName(raw)) ?? null;
  }

  private async runDryRun(i: repo.ImportRow, mapping: Mapping, onProgress?: Progress): Promise<void> {
    const header = JSON.parse(i.columns) as string[];
    const rules = await this.dictionary.rules();
    const today = this.clock.today();
    const dept = await this.orgs.department(i.department_code);
    const community = await this.communityResolver(dept?.orgCode ?? '34');
    const keyColumn = header[mapping.keyColumn];
    const communityColumn = header[mapping.communityColumn ?? 0];
    const seen = new Set<string>();
    let rows = 0;
    let errorRows = 0;
    let storedErrors = 0;
    // The good rows of the current chunk: a checked batch and a row's place in it.
    let batch: { checked: CheckedRows; at: number }[] = [];
    let errors: repo.RowError[] = [];
    const size = Number(i.file_size);
    let lastProgress = 0;
    const stagedPath = stagedFile(i.file_path);
    const stage = await repo.openStage(this.database.kind, stagedPath);

    // Cell errors and unknown subjects of a chunk, stored together (ordered by row), up to the cap.
    const recordErrors = async () => {
      if (storedErrors < MAX_STORED_ERRORS && errors.length) {
        errors.sort((a, b) => a.rowNo - b.rowNo);
        storedErrors += await repo.recordErrors(this.database, i.id, errors.slice(0, MAX_STORED_ERRORS - storedErrors));
      }
      errors = [];
    };

    // One lookup for a chunk's keys; a row about a subject new to the hub needs a community.
    const flush = async () => {
      const known = await repo.knownSubjectKeys(
        this.database,
        i.subject_type,
        batch.map((b) => b.checked.keys[b.at]!),
      );
      const staged: repo.StagedRow[] = [];
      for (const { checked: c, at } of batch) {
        const key = c.keys[at]!;
        const communityRaw = c.communities[at];
        const resolved = communityRaw ? community(communityRaw) : null;
        if (!resolved && !known.has(key)) {
          errorRows++;
          errors.push({
            rowNo: c.rowNos[at],
            column: communityRaw ? communityColumn : keyColumn,
            value: communityRaw || key,
            reason: communityRaw ? 'unknown_community' : 'unknown_subject',
          });
          continue;
        }
        if (errorRows) continue;
        staged.push([key, c.names[at], known.has(key) ? null : resolved, c.hashes[at], c.datas[at]]);
      }
      // Once a row is bad the file cannot be committed: stop staging (the dry run still reports every error).
      if (staged.length && errorRows === 0) await stage.write(staged);
      await recordErrors();
      batch = [];
    };

    // A checked batch, in file order: duplicates are found here (they need every row before), then its
    // good rows wait in the chunk for the lookup.
    const take = (c: CheckedRows) => {
      let e = 0;
      for (let at = 0; at < c.rowNos.length; at++) {
        rows++;
        const key = c.keys[at];
        const duplicate = key !== null && seen.has(key);
        if (c.bad[at] || duplicate) {
          errorRows++;
          for (; e < c.errorsOf.length && c.errorsOf[e].i === at; e++) {
            const { column, value, reason } = c.errorsOf[e];
            errors.push({ rowNo: c.rowNos[at], column, value, reason });
          }
          if (duplicate) errors.push({ rowNo: c.rowNos[at], column: keyColumn, value: key!, reason: 'duplicate_key' });
          continue;
        }
        seen.add(key!);
        batch.push({ checked: c, at });
      }
    };

    try {
      const setup: CheckSetup = { header, mapping, rules, today };
      let first = true;
      const position = { bytes: 0 };
      const format = i.format as TableFormat;
      for await (const chunk of readTableBatches(i.file_path, format, i.encoding as TextEncoding, position)) {
        // A batch of rows is checked synchronously: no await per row.
        const from = first ? 1 : 0; // the header
        first = false;
        const rowNos = new Int32Array(chunk.length - from);
        const cells: string[][] = new Array<string[]>(chunk.length - from);
        for (let r = from; r < chunk.length; r++) {
          rowNos[r - from] = chunk[r].rowNo;
          cells[r - from] = chunk[r].cells;
        }
        take(checkRows(setup, rowNos, cells, errorRows === 0));
        if (batch.length >= CHUNK) await flush();
        if (errors.length >= CHUNK) await recordErrors();
        if (rows - lastProgress >= CHUNK) {
          lastProgress = rows;
          const fraction = Math.min(0.99, position.bytes / size);
          await repo.updateImport(this.db, i.id, { rows_total: rows, rows_error: errorRows, progress: fraction });
          onProgress?.({ stage: 'validating', rows, fraction });
        }
      }
      await flush();
      await stage.close();
      if (rows === 0) throw problem('dataset_no_rows');
      if (errorRows) fs.rmSync(stagedPath, { force: true });
      await repo.updateImport(this.db, i.id, {
        status: errorRows ? 'has_errors' : 'validated',
        rows_total: rows,
        rows_error: errorRows,
        progress: 1,
        finished_at: this.clock.nowIso(),
      });
      onProgress?.({ stage: 'validating', rows, fraction: 1 });
    } catch (err) {
      const message = err instanceof ProblemError ? err.code : (err as Error).message;
      await stage.close().catch(() => undefined);
      fs.rmSync(stagedPath, { force: true });
      await repo.updateImport(this.db, i.id, { status: 'failed', message, finished_at: this.clock.nowIso() });
      await repo.clearStaging(this.db, i.id);
      throw err;
    }
  }

  /** Moves the validated rows into facts, all or nothing. */
  async startCommit(user: SessionUser | null, id: number): Promise<{ done: Promise<void> }> {
    if (user) this.requireSteward(user);
    const i = await repo.findImport(this.db, id);
    if (!i) throw notFound('import_not_found');
    if (user) await this.loadDataset(user, i.dataset_id);
    await this.refuseWithdrawn(i.dataset_id);
    if (this.jobs.has(id)) throw problem('import_busy');
    if (i.status === 'has_errors') throw problem('import_has_errors');
    if (i.status !== 'validated') throw problem('import_not_ready');
    await repo.updateImport(this.db, id, { status: 'committing', progress: 0 });
    const done = this.runCommit(i).finally(() => this.jobs.delete(id));
    this.jobs.set(id, done);
    return { done };
  }

  private async runCommit(i: repo.ImportRow): Promise<void> {
    const at = this.clock.nowIso();
    try {
      const staged = stagedFile(i.file_path);
      if (!fs.existsSync(staged)) throw problem('import_not_ready');
      const r = await repo.commitStaged(
        this.database,
        { file: staged, count: Number(i.rows_total) },
        {
          importId: i.id,
          datasetId: i.dataset_id,
          subjectType: i.subject_type,
          observedAt: i.created_at,
          at,
        },
      );
      // Checked again under the dataset's lock: a withdrawal since the start of the commit wins.
      if (r.withdrawn) throw problem('import_dataset_withdrawn', { detail: String(i.dataset_id) });
      const written = r.written;
      fs.rmSync(stagedFile(i.file_path), { force: true });
      await repo.updateImport(this.db, i.id, {
        status: 'committed',
        rows_written: written,
        rows_unchanged: Number(i.rows_total) - written,
        progress: 1,
        finished_at: this.clock.nowIso(),
      });
      if (written >= 10_000) await refreshStatistics(this.db, this.database.kind, ['facts', 'subjects']);
    } catch (thrown) {
      fs.rmSync(stagedFile(i.file_path), { force: true });
      // The steward reads why in her language: a staged file that cannot be read asks for the check again.
      const err = thrown instanceof repo.StagedRowsUnreadable ? problem('import_stage_unreadable') : thrown;
      await repo.updateImport(this.db, i.id, {
        status: 'failed',
        message: (err as Error).message,
        finished_at: this.clock.nowIso(),
      });
      throw err;
    }
  }

  async errors(user: SessionUser, id: number, offset: number, limit: number) {
    await this.get(user, id);
    const { rows, total } = await repo.listErrors(this.db, id, offset, limit);
    return {
      items: rows.map((r) => ({ rowNo: r.row_no, column: r.column_name, value: r.value, reason: r.reason })),
      total,
    };
  }

  // For the command-line import (import-cli.ts), run by an operator on the server: no user.

  /** The id of the dataset with a code, or null. */
  datasetIdByCode(code: string): Promise<number | null> {
    return repo.datasetIdByCode(this.db, code);
  }

  /** The first rejected cells of an import. */
  async firstErrors(id: number, limit: number) {
    const { rows } = await repo.listErrors(this.db, id, 0, limit);
    return rows.map((r) => ({ rowNo: r.row_no, column: r.column_name, value: r.value, reason: r.reason }));
  }

  /** Marks imports a crashed process left half-way as failed (their staged rows are not facts). */
  async recover(): Promise<void> {
    await repo.markInterrupted(this.db, this.clock.nowIso());
  }
}
