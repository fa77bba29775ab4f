import { runFromCommandLine } from '@app/runtime';

// The worker role alone, for running many of each; `npm start` runs every role in one process.
void runFromCommandLine(['worker']).then((code) => {
  if (code !== 0) process.exit(code);
});
