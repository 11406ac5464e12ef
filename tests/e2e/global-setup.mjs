// Before the end-to-end tests: ask the command line (`yearbook report --json`, the same core built
// natively) for the report of every fixture the tests use, and write them to expected.json. The
// tests compare the page against these numbers, never against the page itself.
//
// YEARBOOK_CLI names the binary (`cargo xtask test` builds it and sets it); the large statement's
// report takes a few seconds in a debug build, so it is kept, keyed by the file's size and time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliPath, expectedPath, fixturesDir, reportJobs, root } from './fixtures.mjs';

/** A key that changes when any input file changes. */
function fingerprint(files) {
  return files.map((file) => {
    const stat = statSync(file);
    return `${file}:${stat.size}:${stat.mtimeMs}`;
  }).join('|');
}

export default async function globalSetup() {
  const cli = cliPath();
  mkdirSync(fixturesDir, { recursive: true });
  const previous = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : { reports: {} };
  const reports = {};
  for (const [key, job] of Object.entries(reportJobs())) {
    const files = job.files.map((file) => (job.absolute ? file : join(root, file)));
    if (!files.every((file) => existsSync(file))) {
      reports[key] = { error: `missing input: ${files.join(', ')}` };
      continue;
    }
    const stamp = `${fingerprint(files)}|${job.args.join(' ')}|${fingerprint([cli])}`;
    const kept = previous.reports?.[key];
    if (kept && kept.stamp === stamp && !kept.error) {
      reports[key] = kept;
      continue;
    }
    const run = (inputs, args) => {
      const output = execFileSync(cli, ['report', ...inputs, ...args, '--json'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const report = JSON.parse(output);
      return { stamp, year: report.year, currency: report.currency, currencies: report.currencies };
    };
    try {
      reports[key] = run(files, job.args);
    } catch (error) {
      const why = String(error.stderr || error.message).trim();
      if (job.fallback) {
        // The same statement in the clear (see reportJobs), for a command line that cannot open
        // the archive itself.
        reports[key] = { ...run(job.fallback.files.map((file) => join(root, file)), job.fallback.args), via: `fallback: ${why}` };
      } else {
        // A job the command line cannot run fails only the tests that need it, saying why.
        reports[key] = { stamp, error: why };
      }
    }
  }
  writeFileSync(expectedPath, JSON.stringify({ reports }, null, 2));
}
