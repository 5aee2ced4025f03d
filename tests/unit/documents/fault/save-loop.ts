// Child process of the kill-during-save fault test. Loads two versions of a production, warms up, says "ready" and
// waits for "go" on stdin (so that the test can start the next child while the current one is saving). Then it
// saves the version that is not on disk, then the other, and so on, through writeDocumentFile (lock, backups,
// atomic write) until it is killed.
import { readFileSync } from 'node:fs';
import { writeDocumentFile } from '../../../../electron/documents/save';
import { serialiseDocumentBytes } from '../../../../shared/format/serialise';
import { createDocument } from '../../../../shared/model/create';
import type { RollcallDocument } from '../../../../shared/model/types';

async function main(): Promise<void> {
  const [target, ...versions] = process.argv.slice(2);
  const texts = versions.map((file) => readFileSync(file, 'utf8'));
  const documents = texts.map((text) => JSON.parse(text) as RollcallDocument);
  // Warm up on a small production: the first serialisation compiles zod's parsers, and without this most kills
  // would land in that compilation rather than in the save.
  serialiseDocumentBytes(createDocument({ title: 'Warm-up', kind: 'short', year: null }));
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  process.stdin.pause();
  const onDisk = texts.indexOf(readFileSync(target, 'utf8'));
  for (let i = onDisk + 1; ; i++) {
    await writeDocumentFile(target, documents[i % documents.length]);
    // Tells the test how long a save takes on this machine, so that it spreads its kills over whole saves.
    process.stdout.write('saved\n');
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(3);
});
