const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

// GOV.UK Frontend's macros (govuk-frontend-jinja, in the project's Python
// environment) write most of the GOV.UK classes the pages use: those the templates
// import, and the macros those import, count as templates too.
const python = process.env.PYTHON || ".venv/bin/python";
const macroFolder = execFileSync(python, [
  "-c",
  "import govuk_frontend_jinja, pathlib; print(pathlib.Path(govuk_frontend_jinja.__file__).parent / 'templates')",
])
  .toString()
  .trim();
const macroName = /govuk_frontend_jinja\/([\w/.-]+\.html)/g;
const macros = new Set();
const toRead = fs
  .readdirSync("templates", { recursive: true })
  .filter((name) => name.endsWith(".html"))
  .map((name) => path.join("templates", name));
while (toRead.length > 0) {
  for (const [, name] of fs.readFileSync(toRead.pop(), "utf8").matchAll(macroName)) {
    if (!macros.has(name)) {
      macros.add(name);
      toRead.push(path.join(macroFolder, name));
    }
  }
}

// After Sass: drop the rules of the chosen GOV.UK Frontend components that no page
// can match (modifiers and parts the templates never use). Kept: every class named
// in a template, in markup the Python code writes, in the site's JavaScript or in the GOV.UK Frontend code it bundles,
// which adds classes of its own as it runs.
module.exports = {
  css: ["site/static/dist/main.css"],
  content: [
    "templates/**/*.html",
    ...[...macros].map((name) => path.join(macroFolder, name)),
    // Markup written in Python (numbers made into links, rich text) names classes too.
    "{site,home,infopages,getinvolved}/**/*.py",
    "site/static/js/*.mjs",
    "site/static/js/*.js",
    "site/static/dist/govuk-frontend.min.js",
  ],
  output: "site/static/dist/",
  // Class names as they are written, GOV.UK's overrides (govuk-!-margin-top-6) included.
  defaultExtractor: (content) => content.match(/[\w!-]+/g) || [],
  // The pagination macro names these by the arrow's direction (govuk-pagination__{{ type }}).
  safelist: ["govuk-pagination__prev", "govuk-pagination__next"],
};
