import { components, createAll } from "../dist/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
components.forEach((Component) => createAll(Component));

// Printing shows every expandable section: paper cannot be clicked open.
function openAllDetailsForPrint() {
  const closed = [...document.querySelectorAll("details:not([open])")];
  closed.forEach((details) => details.setAttribute("open", ""));
  window.addEventListener(
    "afterprint",
    () => closed.forEach((details) => details.removeAttribute("open")),
    { once: true },
  );
}
window.addEventListener("beforeprint", openAllDetailsForPrint);

document.querySelectorAll("[data-print-page]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});

// Each form shown gets its own id, even when the page came from a shared cache,
// so a double-clicked submission is stored once without merging two people's answers.
document.querySelectorAll("input[name=submission_id]").forEach((input) => {
  input.value = crypto.randomUUID();
});
