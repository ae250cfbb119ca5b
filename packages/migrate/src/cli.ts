#!/usr/bin/env node
// The `cdk-stepfunctions-migrate` command (`npx @cdk-stepfunctions/migrate [paths...] [--dry-run]`).
import { runCommand } from './command';

process.exitCode = runCommand(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
