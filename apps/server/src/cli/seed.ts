// `pnpm --filter @govmini/server seed`: adds the sample province "Tỉnh Mẫu" (procedures, feedback
// categories, an `admin` staff account) where missing, and exits.
import { loadConfig } from '../config.ts';
import { createServerContext } from '../context.ts';

const config = loadConfig(process.env, { seed: false });
const context = await createServerContext(config, { seed: {} });
try {
  const report = context.seeded;
  process.stdout.write(
    `Procedures added: ${report?.procedures ?? 0}, categories added: ${report?.categories ?? 0}\n`,
  );
  const staff = report?.staff;
  if (staff) {
    process.stdout.write(
      `Staff account: ${staff.username} / ${staff.generated ? staff.password : '(STAFF_PASSWORD)'}\n`,
    );
  }
} finally {
  await context.close();
}
