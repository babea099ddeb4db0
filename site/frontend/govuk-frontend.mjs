// The GOV.UK Frontend components whose data-module the templates use. The build
// bundles these alone (esbuild), so readers download no code for the others.
import {
  Button,
  CharacterCount,
  Checkboxes,
  ErrorSummary,
  NotificationBanner,
  Radios,
  ServiceNavigation,
  SkipLink,
} from "govuk-frontend";

export { createAll } from "govuk-frontend";

export const components = [
  Button,
  CharacterCount,
  Checkboxes,
  ErrorSummary,
  NotificationBanner,
  Radios,
  ServiceNavigation,
  SkipLink,
];
