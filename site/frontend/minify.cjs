// After PurgeCSS: make the stylesheet smaller without changing what any rule does
// or which rule wins. GOV.UK Frontend's mixins write the same declarations into
// every rule that uses them; these steps say each of those once.
const fs = require("node:fs");
const postcss = require("postcss");
const cssnano = require("cssnano");

const STYLESHEET = "site/static/dist/main.css";

// Pseudo-classes and pseudo-elements every browser the site supports knows. A
// browser drops a whole rule for one selector it cannot read, so only selectors
// made of these are listed together in one rule.
const KNOWN_PSEUDO = new Set([
  ":hover",
  ":focus",
  ":active",
  ":link",
  ":visited",
  ":first-child",
  ":last-child",
  ":only-child",
  ":not",
  ":checked",
  ":disabled",
  "::before",
  "::after",
  ":before",
  ":after",
]);

function listable(selector) {
  return (selector.match(/::?[\w-]+/g) || []).every((pseudo) => KNOWN_PSEUDO.has(pseudo));
}

// Vendor-prefixed forms and old names set the same property as the standard name.
const ALIASES = { "word-wrap": "overflow-wrap", "grid-gap": "gap" };

function propertyName(prop) {
  const standard = prop.replace(/^-(?:webkit|moz|ms|o)-/, "");
  return ALIASES[standard] || standard;
}

function isTopLevelRule(node) {
  return node.type === "rule" && node.parent.type === "root";
}

// A property given one value everywhere (and by no shorthand) gives an element that
// value if any of its rules matches, wherever those rules stand and whatever their
// specificity: it can be declared once, for all their selectors together.
function singleValuedProperties(root) {
  const values = new Map();
  const shorthands = new Set();
  root.walkDecls((decl) => {
    const name = propertyName(decl.prop);
    const key = `${decl.value}${decl.important ? "!important" : ""}`;
    values.set(name, (values.get(name) || new Set()).add(key));
    shorthands.add(name);
  });
  const coveredByShorthand = (prop) =>
    [...shorthands].some((other) => other === "all" || prop.startsWith(`${other}-`));
  const single = new Set(
    [...values]
      .filter(([name, found]) => found.size === 1 && !name.startsWith("--"))
      .map(([name]) => name)
      .filter((name) => !coveredByShorthand(name)),
  );
  return (prop) => single.has(propertyName(prop));
}

const declareOnce = () => ({
  postcssPlugin: "declare-once",
  Once(root) {
    const single = singleValuedProperties(root);
    const unconditional = new Map();
    root.walkRules((rule) => {
      if (!isTopLevelRule(rule) || !listable(rule.selector)) return;
      for (const decl of rule.nodes) {
        if (decl.type !== "decl" || !single(decl.prop)) continue;
        const group = unconditional.get(decl.prop) || { decl, rules: [] };
        group.rules.push(rule);
        unconditional.set(decl.prop, group);
      }
    });
    // Properties declared for the same selectors go in one rule.
    const bySelectors = new Map();
    for (const [prop, { decl, rules }] of unconditional) {
      const selectors = [...new Set(rules.flatMap((rule) => rule.selectors))];
      const key = selectors.join(",");
      const group = bySelectors.get(key) || { selectors, decls: [], props: new Set(), rules };
      group.decls.push(decl.clone());
      group.props.add(prop);
      bySelectors.set(key, group);
    }
    for (const { selectors, decls, props, rules } of bySelectors.values()) {
      const declared = decls.join(";").length;
      if (rules.length * declared <= selectors.join(",").length + declared + 2) continue;
      const covered = new Set(selectors);
      root.walkDecls((decl) => {
        // The same declaration under a media query or @supports is then redundant too.
        const rule = decl.parent;
        if (props.has(decl.prop) && rule.selectors?.every((selector) => covered.has(selector))) {
          decl.remove();
        }
      });
      root.prepend(postcss.rule({ selector: selectors.join(","), nodes: decls }));
    }
    root.walkRules((rule) => rule.nodes.length === 0 && rule.remove());
    root.walkAtRules((atRule) => atRule.nodes?.length === 0 && atRule.remove());
  },
});

// GOV.UK Frontend writes each colour as var(--govuk-…-colour, #value), the value in
// case the property is missing. Those it names are all set on :root for every page,
// so the values are never used.
const dropUnusedFallbacks = () => ({
  postcssPlugin: "drop-unused-fallbacks",
  Once(root) {
    const defined = new Set();
    root.walkDecls(/^--/, (decl) => {
      if (isTopLevelRule(decl.parent) && decl.parent.selector === ":root") defined.add(decl.prop);
    });
    root.walkDecls((decl) => {
      decl.value = decl.value.replace(
        /var\((--[\w-]+),[^()]*(?:\([^()]*\)[^()]*)*\)/g,
        (whole, name) => (defined.has(name) ? `var(${name})` : whole),
      );
    });
  },
});

postcss([declareOnce(), dropUnusedFallbacks(), cssnano({ preset: "default" })])
  .process(fs.readFileSync(STYLESHEET, "utf8"), { from: STYLESHEET, to: STYLESHEET, map: false })
  .then((result) => fs.writeFileSync(STYLESHEET, result.css));
