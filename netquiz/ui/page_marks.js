// netquiz page marks for the facilitator and author pages: <html lang> and the title follow the UI, the
// controls are the page's banner and the rest its main landmark (selectors from the kernel), and the active
// button of a language toggle says aria-pressed.
function apply(model) {
  const lang = model.get("lang");
  if (lang) document.documentElement.lang = lang;
  const title = model.get("title");
  if (title) document.title = title;
  const root = document.querySelector(model.get("root"));
  if (!root) return;
  const banner = root.querySelector(model.get("banner"));
  if (banner) banner.setAttribute("role", "banner");
  const main = root.querySelector(model.get("main"));
  if (main) main.setAttribute("role", "main");
  root.querySelectorAll(".widget-toggle-buttons button").forEach((b) => {
    const on = b.classList.contains("mod-active") ? "true" : "false";
    if (b.getAttribute("aria-pressed") !== on) b.setAttribute("aria-pressed", on);
  });
}

export default {
  render({ model }) {
    const run = () => requestAnimationFrame(() => setTimeout(() => apply(model), 0));
    let queued = false;
    const observer = new MutationObserver(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        apply(model);
      });
    });
    const watch = () => {
      const root = document.querySelector(model.get("root"));
      if (root) observer.observe(root, { subtree: true, attributes: true, attributeFilter: ["class"] });
      else setTimeout(watch, 200);
    };
    model.on("change", run);
    run();
    watch();
    return () => {
      model.off("change", run);
      observer.disconnect();
    };
  },
};
