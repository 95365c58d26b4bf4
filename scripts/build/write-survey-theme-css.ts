// `npx tsx scripts/build/write-survey-theme-css.ts`: writes survey-core's base theme (its CSS
// custom properties) as a stylesheet. Run it after upgrading survey-core; a unit test fails until
// the file matches the installed version again. Why: docs/decisions/010.
import { writeFileSync } from "node:fs";
import { createBaseThemeStyle } from "survey-core";
import { SURVEY_THEME_CSS_HEADER, SURVEY_THEME_CSS_PATH } from "./survey-theme-css";

writeFileSync(SURVEY_THEME_CSS_PATH, `${SURVEY_THEME_CSS_HEADER}${createBaseThemeStyle()}\n`);
console.log(`Wrote ${SURVEY_THEME_CSS_PATH}`);
