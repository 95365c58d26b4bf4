import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Model } from "survey-core";
import { createRandom } from "../lib/demo/random";
import { synthesizeAnswers } from "../lib/demo/synthesize-answers";
import { compileValidator } from "../lib/responses/compile-validator";
import { findTemplate } from "../lib/surveys/templates/index";
import type { Benchmark } from "./registry";

function meanMicros(started: bigint, count: number): number {
  return Number(process.hrtime.bigint() - started) / 1000 / count;
}

/**
 * Validating one response of the staff questionnaire: compileValidator against a reused
 * survey-core Model (`m.data = d; m.validate(true, false)`, the cheapest correct use of
 * survey-core). survey-core is timed on the first `--model` answer sets only: at a few
 * milliseconds each, all 20,000 would take minutes.
 */
export const validateBenchmark: Benchmark = {
  name: "validate",
  description: "validate synthetic staff responses: compileValidator vs a reused survey-core Model (--responses 20000 --model 1000)",
  async run(args) {
    const { values } = parseArgs({ args, options: { responses: { type: "string", default: "20000" }, model: { type: "string", default: "1000" } } });
    const n = Number(values.responses);
    const json = findTemplate("staff")!.json;
    const random = createRandom(7);
    const answers = Array.from({ length: n }, (_, i) => synthesizeAnswers(json, random, (i % 10) / 10));

    let started = process.hrtime.bigint();
    const validator = compileValidator(json);
    const compileMs = meanMicros(started, 1) / 1000;
    for (let i = 0; i < Math.min(n, 2000); i++) validator.validate(answers[i]); // warm-up for the JIT
    let valid = 0;
    started = process.hrtime.bigint();
    for (const d of answers) if (validator.validate(d).ok) valid++;
    const compiledMicros = meanMicros(started, n);

    const sample = answers.slice(0, Math.min(n, Number(values.model)));
    const model = new Model(json);
    const warn = console.warn;
    console.warn = () => {}; // survey-core warns about every value it cannot place
    for (const d of sample.slice(0, 50)) {
      model.data = d;
      model.validate(true, false);
    }
    let agree = 0;
    started = process.hrtime.bigint();
    for (const d of sample) {
      model.data = d;
      if (model.validate(true, false) === validator.validate(d).ok) agree++;
    }
    const modelMicros = meanMicros(started, sample.length);
    console.warn = warn;

    const figures = {
      responses: n,
      validPercent: Number(((100 * valid) / n).toFixed(1)),
      compileMs: Number(compileMs.toFixed(1)),
      compiledMicrosPerResponse: Number(compiledMicros.toFixed(1)),
      modelResponses: sample.length,
      modelMicrosPerResponse: Math.round(modelMicros),
      speedup: Math.round(modelMicros / compiledMicros),
      verdictsAgreeingWithModel: `${agree}/${sample.length}`,
    };
    console.table(figures);
    mkdirSync("bench/results", { recursive: true });
    writeFileSync("bench/results/validate.json", JSON.stringify({ at: new Date().toISOString(), figures }, null, 2));
  },
};
