import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createBaseThemeStyle } from "survey-core";
import { describe, expect, it } from "vitest";
import { compileValidator } from "@/lib/responses/compile-validator";
import { ANSWER_TYPES, NO_ANSWER_TYPES } from "@/lib/responses/validation/assert-supported";
import { SURVEY_THEME_CSS_HEADER, SURVEY_THEME_CSS_PATH } from "@/scripts/build/survey-theme-css";

type Loader = ((this: { resourcePath: string }, source: string) => string) & { UNSUPPORTED_TYPES: string[] };
const loader = createRequire(import.meta.url)("../../../scripts/build/survey-bundle-loader.cjs") as Loader;
const run = (file: string) => loader.call({ resourcePath: file }, readFileSync(file, "utf8"));

// What the build takes out of SurveyJS's JavaScript must reach the page another way (decision 010).
describe("the SurveyJS bundle edits", () => {
  it("apply to the installed survey-core and survey-react-ui, each exactly once", () => {
    const core = run("node_modules/survey-core/fesm/survey-core.mjs");
    expect(core).toContain('"cssVariables": {}');
    expect(core).not.toContain("Signature Pad v4");
    expect(core).not.toContain('Serializer.addClass("patternmask"');
    expect(core).toContain('Serializer.addClass("masksettings"');
    expect(core).not.toContain('registerQuestion("slider"');
    expect(core).toContain('registerQuestion("rating"');
    const ui = run("node_modules/survey-react-ui/fesm/survey-react-ui.mjs");
    expect(ui).not.toContain("SvgRegistry.registerIcons(icons)");
    expect(ui).not.toMatch(/registerQuestion\("signaturepad"/);
    expect(ui).toMatch(/registerQuestion\("radiogroup"/);
  });

  it("leave the theme to a stylesheet that matches the installed survey-core", () => {
    expect(readFileSync(SURVEY_THEME_CSS_PATH, "utf8")).toBe(`${SURVEY_THEME_CSS_HEADER}${createBaseThemeStyle()}\n`);
  });

  it("drop input masks, which the response validator refuses", () => {
    const survey = { elements: [{ type: "text", name: "phone", maskType: "pattern", maskSettings: { pattern: "999-9999" } }] };
    expect(() => compileValidator(survey)).toThrow(/input masks are not supported/);
  });

  it("drop renderers only for question types the response validator refuses", () => {
    const accepted = new Set([...ANSWER_TYPES, ...NO_ANSWER_TYPES, "panel"]);
    expect(loader.UNSUPPORTED_TYPES.filter((t) => accepted.has(t))).toEqual([]);
  });
});
