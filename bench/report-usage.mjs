// Preloaded into each timed build process (`--import`): appends the process's peak RSS and the CPU time of all
// its threads to $BENCH_USAGE_FILE at exit. A process can read only its own; Node offers no way to ask for a child's.
import { appendFileSync } from "node:fs";

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on("exit", () => {
    // maxRSS is in kibibytes; CPU time (user and system, every thread of the process) in microseconds.
    const usage = process.resourceUsage();
    appendFileSync(file, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
  });
}
