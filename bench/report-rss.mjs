// Preloaded into each timed build process (`--import`): appends the process's peak RSS to $BENCH_RSS_FILE at exit.
// A process can read only its own peak RSS; Node offers no way to ask for a child's.
import { appendFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    // maxRSS is in kibibytes.
    appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
