/**
 * Prints each package's API coverage against aws-cdk-lib's aws-stepfunctions-tasks.
 *
 * Usage: `npx tsx tools/bin/api-coverage.ts [--json] [package...]`; exits 1 when a package is incomplete.
 */
import { checkApiCoverage, formatCoverage } from '../src/api-coverage';

const args = process.argv.slice(2);
const report = checkApiCoverage(args.filter((a) => !a.startsWith('--')));
console.log(args.includes('--json') ? JSON.stringify(report, undefined, 2) : formatCoverage(report));
process.exitCode = report.complete ? 0 : 1;
