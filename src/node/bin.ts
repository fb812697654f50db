import { main } from './cli.js';

// Ctrl-C or SIGTERM: stop taking new articles, finish the line being written, close the output.
// A second Ctrl-C ends the process at once (the handlers are gone by then).
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());
main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, controller.signal).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`newsextract: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
