import { ensureBuilt, listPackages } from './workspace';

/**
 * Vitest global setup: builds every package whose `lib/` is missing or older than its sources. A package that
 * fails to build is reported here and fails the checks that need it, not the whole run.
 */
export default function setup(): void {
  for (const pkg of listPackages()) {
    try {
      ensureBuilt(pkg);
    } catch (error) {
      console.error(`cannot build ${pkg.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
