import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/demo/random";
import { synthesizeAnswers } from "@/lib/demo/synthesize-answers";
import { compileValidator } from "@/lib/responses/compile-validator";
import { surveyTemplates } from "@/lib/surveys/templates";
import { EVERY_TYPE_SURVEY } from "../../helpers/factories";
import { hostileJson, hostileKey, ownObject, PROTOTYPE_KEYS } from "../../helpers/fuzz-inputs";

const surveys = [EVERY_TYPE_SURVEY, ...surveyTemplates.map((t) => t.json)].map((json) => {
  const validator = compileValidator(json);
  return { json, validator, names: [...validator.questionNames, `${validator.questionNames[0]}-Comment`] };
});

const change = fc.oneof(
  fc.record({ q: fc.nat(), value: hostileJson }),
  fc.record({ q: fc.nat(), key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileKey), value: hostileJson }),
);

describe("the response validator on hostile answers", () => {
  it("never throws, and stores only answers exactly as submitted (5,000 cases over the templates)", () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer(), fc.array(change, { minLength: 1, maxLength: 4 }), (s, seed, changes) => {
        const { json, validator, names } = surveys[s % surveys.length]!;
        const data: Record<string, unknown> = synthesizeAnswers(json, createRandom(seed), 0.5);
        for (const c of changes) {
          const name = names[c.q % names.length]!;
          data[name] = "key" in c ? ownObject([[c.key, c.value], ...Object.entries((data[name] as object | undefined) ?? {})]) : c.value;
        }
        // As the server receives it: through JSON text, where __proto__ is an own key.
        const submitted = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
        const result = validator.validate(submitted);
        if (result.ok) for (const [k, v] of Object.entries(result.data)) expect(v).toEqual(submitted[k]);
      }),
      { numRuns: 5_000 },
    );
  });
});
