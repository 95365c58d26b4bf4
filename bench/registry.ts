import { analyticsBenchmark } from "./analytics";
import { ingestBenchmark } from "./ingest";
import { pageBenchmark } from "./page";
import { seedBenchmark } from "./seed";
import { validateBenchmark } from "./validate";

export interface Benchmark {
  name: string;
  description: string;
  run(args: string[]): Promise<void>;
}

export const benchmarks: Benchmark[] = [seedBenchmark, validateBenchmark, ingestBenchmark, pageBenchmark, analyticsBenchmark];
