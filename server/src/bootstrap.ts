// What every start does after the migrations: the standard data dictionary, then the demo when on.
import type { AppContext } from './context.js';
import { seedDemo } from './modules/demo/seed.js';

export async function prepare(
  ctx: AppContext,
  log: (msg: string) => void = () => undefined,
  opts: { skipDemoSteps?: string[] } = {},
): Promise<string[]> {
  await ctx.services.dictionary.sync();
  await ctx.services.imports.recover();
  return ctx.config.demo ? seedDemo(ctx, log, { skip: opts.skipDemoSteps }) : [];
}
