// What `audit verify` prints and the exit code it ends with, from a verify result: pure, so the tests
// check the words an operator reads without starting a process for each case.
import type { VerifyResult } from './chain.js';

export interface VerifyReport {
  /** 0 on an intact trail, 2 when it was changed. */
  exitCode: 0 | 2;
  /** Lines for stdout (intact) or stderr (changed). */
  lines: string[];
}

export function verifyReport(r: VerifyResult): VerifyReport {
  if (r.ok) {
    return {
      exitCode: 0,
      lines: [
        `审计记录完好：${r.entries} 条，哈希链连续（最后一条 #${r.lastId}），核对检查点 ${r.checkpoints} 个` +
          (r.unkeyed ? `；其中 ${r.unkeyed} 条为启用密钥前的记录` : ''),
      ],
    };
  }
  return {
    exitCode: 2,
    lines: [
      `审计记录被改动：第 ${r.brokenAt ?? '?'} 条起哈希链断开（${r.reason}），其余 ${r.entries} 条完好`,
      ...r.breaks.map((b) => `  第 ${b.from} 条至${b.to === null ? '链头' : `第 ${b.to} 条`}：${b.reason}`),
    ],
  };
}
