import { Model } from "survey-core";
import { describe, expect, it } from "vitest";
import { sanitizedVersionJson } from "@/lib/surveys/sanitized-version-json";
import { findTemplate } from "@/lib/surveys/templates";

describe("a published version's definition for the respondent page", () => {
  it("is sanitised, and sanitised once per version", () => {
    const version = { id: "v-hostile", json: { title: "<b>问卷</b><script>alert(1)</script>", elements: [{ type: "html", name: "intro", html: '<img src=x onerror="alert(1)">说明' }] } };
    const first = sanitizedVersionJson(version);
    expect(JSON.stringify(first)).not.toMatch(/<script|onerror/);
    expect(JSON.stringify(first)).toContain("说明");
    expect(sanitizedVersionJson({ ...version, json: { title: "changed" } })).toBe(first);
  });

  it("is not changed by rendering it, so one copy can serve every page view", () => {
    const json = sanitizedVersionJson({ id: "v-parent", json: findTemplate("parent")!.json });
    const before = structuredClone(json);
    const model = new Model(json);
    model.setValue(model.getAllQuestions()[0]!.name, "x");
    expect(json).toEqual(before);
  });
});
