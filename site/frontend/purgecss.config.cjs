const { execFileSync } = require("node:child_process");

// GOV.UK Frontend's macros (govuk-frontend-jinja, installed in the project's Python
// environment) write most of the GOV.UK classes the pages use.
const python = process.env.PYTHON || ".venv/bin/python";
const macros = execFileSync(python, [
  "-c",
  "import govuk_frontend_jinja, pathlib; print(pathlib.Path(govuk_frontend_jinja.__file__).parent / 'templates')",
])
  .toString()
  .trim();

// After Sass: drop the rules of the chosen GOV.UK Frontend components that no page
// can match (modifiers and parts the templates never use). Kept: every class named
// in a template, in markup the Python code writes, in the site's JavaScript or in the GOV.UK Frontend code it bundles,
// which adds classes of its own as it runs.
module.exports = {
  css: ["site/static/dist/main.css"],
  content: [
    "templates/**/*.html",
    `${macros}/**/*.html`,
    // Markup written in Python (numbers made into links, rich text) names classes too.
    "{site,home,infopages,getinvolved}/**/*.py",
    "site/static/js/*.mjs",
    "site/static/js/*.js",
    "site/static/dist/govuk-frontend.min.js",
  ],
  output: "site/static/dist/",
  // Class names as they are written, GOV.UK's overrides (govuk-!-margin-top-6) included.
  defaultExtractor: (content) => content.match(/[\w!-]+/g) || [],
  // components/choices.html names these by kind (govuk-{{ kind }}__item).
  safelist: ["radios", "checkboxes"].flatMap((kind) =>
    ["", "--inline", "__item", "__input", "__label"].map((part) => `govuk-${kind}${part}`),
  ),
};
