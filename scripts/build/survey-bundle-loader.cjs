// A Turbopack (webpack-style) loader that takes two kinds of data out of SurveyJS's JavaScript,
// because the respondent page gets them more cheaply another way (docs/decisions/010):
// - survey-core's base theme: ~170 KB of CSS custom properties kept as a JS object and injected
//   as a <style> at render time. components/respondent/survey-base-theme.css carries the same
//   rules as a stylesheet (a unit test keeps the two equal).
// - survey-react-ui's icon set: 64 SVG strings registered at import time. The page renders the
//   same symbols, server-side, as a hidden sprite (components/respondent/survey-icon-sprite.tsx).
// - code for question types and features the response validator refuses (lib/responses/validation/
//   assert-supported.ts, compile-scalar-rules.ts): survey-react-ui's renderers for them, the
//   Signature Pad library survey-core embeds, survey-core's slider model, and its input masks (pattern, numeric,
//   date-time, currency; the classes stay, empty, so the exports and "masksettings" still hold).
//   A survey using one cannot be published for answering anyway; unit tests keep the lists honest.
// survey-core and survey-react-ui are pinned exactly; if an upgrade changes the text matched
// below, the build fails here instead of shipping a half-themed page.
/** Question types whose renderers leave the client bundle; none may be one the validator accepts. */
const UNSUPPORTED_TYPES = ["file", "signaturepad", "imagemap", "imagepicker", "slider", "multipletext", "tagbox", "matrixdropdown", "matrixdynamic", "paneldynamic"];

// Stand in for the input masks: survey-core falls back to no mask for a class without a registration.
const INPUT_MASK_STUBS =
  "\nclass InputMaskPattern extends InputMaskBase {}\nclass InputMaskNumeric extends InputMaskBase {}\nclass InputMaskDateTime extends InputMaskPattern {}\nclass InputMaskCurrency extends InputMaskNumeric {}\n";

// Stand in for the slider question's model (a refused type): exported, never registered.
const SLIDER_STUBS = "\nclass SliderLabelItemValue extends ItemValue {}\nclass QuestionSliderModel extends Question {}\n";

// Stands in for Signature Pad: the methods survey-core calls on it, doing nothing.
const SIGNATURE_PAD_STUB =
  "class SignaturePad { on() {} off() {} clear() {} fromDataURL() { return Promise.resolve(); } toDataURL() { return \"\"; } isEmpty() { return true; } addEventListener() {} removeEventListener() {} }\n";

const edits = {
  "survey-core.mjs": [
    {
      what: "survey-core's base theme variables",
      pattern: /(\/\/ Auto-generated theme: base\nvar baseTheme = \{\n {4}"themeName": "default",\n {4}"colorPalette": "light",\n {4}"cssVariables": )\{\n[\s\S]*?\n {4}\}\n\};/g,
      replacement: "$1{}\n};",
    },
    {
      what: "the embedded Signature Pad library",
      pattern: /\/\*!\n \* Signature Pad v4\.2\.0 [\s\S]*?\nclass SignaturePad extends SignatureEventTarget \{\n[\s\S]*?\n\}\n/g,
      replacement: SIGNATURE_PAD_STUB,
    },
    {
      what: "survey-core's input masks (pattern, numeric, date-time, currency)",
      pattern: /\nfunction matchesAnyDefinition\(char\) \{\n[\s\S]*?\n\}, "numericmask"\);\n/g,
      replacement: INPUT_MASK_STUBS,
    },
    {
      what: "survey-core's slider question model",
      pattern: /\nclass SliderLabelItemValue extends ItemValue \{\n[\s\S]*?\nQuestionFactory\.Instance\.registerQuestion\("slider", \(name\) => \{\n {4}return new QuestionSliderModel\(name\);\n\}\);\n/g,
      replacement: SLIDER_STUBS,
    },
  ],
  "survey-react-ui.mjs": [
    {
      what: "survey-react-ui's icon registration",
      pattern: /\naddIconsToThemeSet\("v2", icons\);\nSvgRegistry\.registerIcons\(icons\);\n/g,
      replacement: "\n",
    },
    ...UNSUPPORTED_TYPES.map((type) => ({
      what: `survey-react-ui's renderer for "${type}"`,
      pattern: new RegExp(`\\nReactQuestionFactory\\.Instance\\.registerQuestion\\("${type}", \\(?props\\)? => \\{\\n[^\\n]*\\n\\}\\);\\n`, "g"),
      replacement: "\n",
    })),
  ],
};

function surveyBundleLoader(source) {
  const file = this.resourcePath.split(/[\\/]/).pop();
  const list = edits[file];
  if (!list) return source;
  let out = source;
  for (const edit of list) {
    const matches = out.match(edit.pattern);
    if (!matches || matches.length !== 1) {
      throw new Error(`survey-bundle-loader: ${edit.what} not found exactly once in ${this.resourcePath}; see docs/decisions/010`);
    }
    out = out.replace(edit.pattern, edit.replacement);
  }
  return out;
}

module.exports = surveyBundleLoader;
module.exports.UNSUPPORTED_TYPES = UNSUPPORTED_TYPES;
