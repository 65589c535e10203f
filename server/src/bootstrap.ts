// What every start does after the migrations: the standard data dictionary, imports left mid-way, burden
// sources still marked in the outbox (a projection cut short by a stop), then the demo when on.
import type { AppContext } from './context.js';
import { seedDemo } from './modules/demo/seed.js';

export async function prepare(
  ctx: AppContext,
  log: (msg: string) => void = () => undefined,
  opts: { skipDemoSteps?: string[] } = {},
): Promise<string[]> {
  await ctx.services.dictionary.sync();
  await ctx.services.imports.recover();
  await ctx.services.burden.drain();
  const seeded = ctx.config.demo ? await seedDemo(ctx, log, { skip: opts.skipDemoSteps }) : [];
  // Notifications a stop left unsent go out now, and dated notices (grants running out) are looked for
  // now and every hour — in the background.
  ctx.services.notifications.startDelivery();
  return seeded;
}
