// The command-line import: the same pipeline as the web (upload, dry run, commit) with a progress bar,
// for files too large to upload through a browser.
import path from 'node:path';
import cliProgress from 'cli-progress';
import { IMPORT_REASON_LABELS, label } from '#common/i18n/labels.js';
import type { AppContext } from '../../context.js';

export async function runImport(ctx: AppContext, file: string, datasetCode: string, commit: boolean): Promise<void> {
  const { imports, dictionary } = ctx.services;
  await dictionary.sync();
  await imports.recover();
  const datasetId = await imports.datasetIdByCode(datasetCode);
  if (datasetId === null) throw new Error(`没有代码为 ${datasetCode} 的数据集`);
  const t0 = performance.now();
  const uploaded = await imports.upload(null, datasetId, { tmpPath: file, filename: path.basename(file) });
  console.log(
    `文件：${uploaded.filename}（${uploaded.format}，${uploaded.encoding}，${(uploaded.fileSize / 1048576).toFixed(1)} MB）`,
  );
  uploaded.columns.forEach((c, i) =>
    console.log(
      `  ${c} → ${uploaded.mapping.columns[i] ?? '（不导入）'}${i === uploaded.mapping.keyColumn ? '  [关键列]' : ''}`,
    ),
  );
  if (uploaded.sameAsImport) console.log(`与第 ${uploaded.sameAsImport} 次导入的文件相同：正式导入不会改变任何数据。`);
  const bar = new cliProgress.SingleBar(
    { format: '试导入 [{bar}] {percentage}% | {rows} 行' },
    cliProgress.Presets.shades_classic,
  );
  bar.start(100, 0, { rows: 0 });
  const { done } = await imports.startDryRun(null, uploaded.id, uploaded.mapping, (p) =>
    bar.update(Math.round(p.fraction * 100), { rows: p.rows }),
  );
  await done;
  bar.stop();
  const checked = await imports.view(uploaded.id);
  console.log(
    `试导入：${checked.rowsTotal} 行，错误 ${checked.rowsError} 行（${((performance.now() - t0) / 1000).toFixed(1)} 秒）`,
  );
  if (checked.rowsError) {
    for (const e of await imports.firstErrors(uploaded.id, 20))
      console.log(`  第 ${e.rowNo} 行 ${e.column}「${e.value}」：${label(IMPORT_REASON_LABELS, e.reason)}`);
    process.exitCode = 1;
    return;
  }
  if (!commit) {
    console.log('未正式导入（加 --commit 正式导入）。');
    return;
  }
  const t1 = performance.now();
  const { done: committing } = await imports.startCommit(null, uploaded.id);
  console.log('正式导入中（全部成功或全部不写入）…');
  await committing;
  const committed = await imports.view(uploaded.id);
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `正式导入：写入 ${committed.rowsWritten} 行，未变化 ${committed.rowsUnchanged} 行（提交 ${((performance.now() - t1) / 1000).toFixed(1)} 秒，全程 ${seconds.toFixed(1)} 秒，${Math.round(committed.rowsTotal / seconds)} 行/秒）`,
  );
}
