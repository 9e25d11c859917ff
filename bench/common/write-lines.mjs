// Benchmarks generate their big input files once; this writes one without holding it all in memory.
import { createWriteStream, renameSync } from 'node:fs';

/**
 * Writes the lines `lines` yields to `path` in blocks, through a temporary file renamed at the end, so an
 * interrupted run never leaves a half-written file under the name the next run would trust.
 */
export async function writeLines(path, lines) {
  const tmp = `${path}.tmp`;
  const out = createWriteStream(tmp);
  const write = (s) => (out.write(s) ? Promise.resolve() : new Promise((done) => out.once('drain', done)));
  let block = [];
  for (const line of lines) {
    block.push(line);
    if (block.length === 8192) {
      await write(`${block.join('\n')}\n`);
      block = [];
    }
  }
  if (block.length > 0) await write(`${block.join('\n')}\n`);
  await new Promise((done) => out.end(done));
  renameSync(tmp, path);
}
