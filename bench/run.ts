// `npm run bench -- <name> [options]`: runs one benchmark (or all with no name) and prints its
// figures; results are also written to bench/results/<name>-<provider>.json.
import { benchmarks } from "./registry";

const [name, ...args] = process.argv.slice(2);
const selected = name ? benchmarks.filter((b) => b.name === name) : benchmarks;
if (selected.length === 0) {
  console.error(`Unknown benchmark "${name}". Available: ${benchmarks.map((b) => b.name).join(", ")}`);
  process.exit(2);
}
for (const b of selected) {
  console.log(`\n▶ ${b.name}: ${b.description}`);
  await b.run(args);
}
