import { isInspectionThread, runInspectionThread } from '@app/validation';

if (isInspectionThread()) {
  // Interchanges are inspected in threads started from this same file.
  runInspectionThread();
} else {
  // The worker role alone, for running many of each; `npm start` runs every role in one process.
  // Loaded only here, so that an inspection thread does not load Nest.
  void import('@app/runtime')
    .then((runtime) => runtime.runFromCommandLine(['worker'], { threadScript: process.argv[1] }))
    .then((code) => {
      if (code !== 0) process.exit(code);
    });
}
