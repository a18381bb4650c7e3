/**
 * `npm run insights -- <log files or folders> [--month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD] [--out dir] [--exact]`:
 * see run.ts and docs/deploy.md.
 */
import { USAGE, UsageError, run } from './run.ts';

run(process.argv.slice(2)).catch((error: Error) => {
  if (error instanceof UsageError) {
    if (error.message) console.error(`npm run insights: ${error.message}\n`);
    console.error(USAGE);
    process.exitCode = 2;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
});
