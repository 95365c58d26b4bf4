import { seedBenchmark } from "./seed";

export interface Benchmark {
  name: string;
  description: string;
  run(args: string[]): Promise<void>;
}

export const benchmarks: Benchmark[] = [seedBenchmark];
