// One template cache per `vitest run` of the integration suite (see templates.ts): made here, removed
// at the end, PostgreSQL template databases included.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { dropTemplates } from './templates.js';

export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-templates-'));
  const prefix = `tpl_${crypto.randomBytes(4).toString('hex')}`;
  project.provide('testCacheDir', dir);
  project.provide('testTemplatePrefix', prefix);
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    const url = process.env.JIANFU_TEST_PG_URL;
    if (url) await dropTemplates(url, prefix);
  };
}
