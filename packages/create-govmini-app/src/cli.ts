#!/usr/bin/env node
// `pnpm create govmini-app <dir>` runs this file.
import { runCli } from './cli/run';

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
