import { analyticsBenchmark } from "./analytics";
import { crashBenchmark } from "./crash";
import { fuzzBenchmark } from "./fuzz";
import { ingestBenchmark } from "./ingest";
import { pageBenchmark } from "./page";
import { seedBenchmark } from "./seed";
import { soakBenchmark } from "./soak";
import { validateBenchmark } from "./validate";

export interface Benchmark {
  name: string;
  description: string;
  run(args: string[]): Promise<void>;
}

export const benchmarks: Benchmark[] = [seedBenchmark, validateBenchmark, ingestBenchmark, pageBenchmark, analyticsBenchmark, crashBenchmark, fuzzBenchmark, soakBenchmark];
