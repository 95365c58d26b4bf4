import { SvgIconRegistry } from "survey-core";
import { icons } from "survey-core/icons/iconsV2";

let markup: string | undefined;

/**
 * survey-react-ui's icons as the `<symbol>`s of a sprite, made by survey-core's own registry.
 * Server side only (decision 010): the respondent page renders them into its HTML, the builder
 * page passes them to the preview. A client module that called this would ship the ~14 KiB of
 * icons to every phone, since the respondent page shares its SurveyJS chunk with the builder.
 */
export function surveyIconMarkup(): string {
  if (markup === undefined) {
    const registry = new SvgIconRegistry();
    registry.registerIcons(icons);
    markup = registry.iconsRenderedHtml();
  }
  return markup;
}
