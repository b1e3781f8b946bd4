// netquiz page helper, one invisible widget per participant page:
// - the resume token: a random id kept in this browser's localStorage, sent to the kernel once per page. The
//   participant is this token, not her name: a reload in the same browser resumes her quiz silently;
// - the language she chose (localStorage, sent back as `saved_lang`), so a reload keeps English;
// - the page itself: <html lang> follows the UI language, the title follows the screen, and the quiz's
//   header and body are the page's banner and main landmarks; live mode's options say aria-pressed, and the
//   kernel's `announce` text (a new question, answer locked, time up, the reveal) goes to a polite live region.
const KEY = "netquiz.resume-token";
const LANG_KEY = "netquiz.lang";
const VALID = /^[A-Za-z0-9_-]{16,128}$/;

function newToken() {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes); // available on plain-http LAN pages too (randomUUID is not)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function stored(key) {
  try {
    return window.localStorage.getItem(key) || "";
  } catch (e) {
    return ""; // storage blocked: the token lives as long as this page
  }
}

function store(key, value) {
  try {
    window.localStorage.setItem(key, value);
  } catch (e) {
    /* private mode: this page only */
  }
}

function landmarks() {
  const app = document.querySelector(".netquiz-app");
  if (!app) return;
  const header = app.querySelector(".netquiz-header");
  const body = app.querySelector(".netquiz-body");
  if (header) header.setAttribute("role", "banner");
  if (body) body.setAttribute("role", "main");
  // the active language button says so
  app.querySelectorAll(".netquiz-lang button").forEach((b) => {
    b.setAttribute("aria-pressed", b.classList.contains("mod-active") ? "true" : "false");
  });
}

function pressedOptions(app) {
  // live mode's options are ipywidgets buttons: their chosen state is a class; say it as aria-pressed, and
  // make them one Tab stop (the chosen one, else the first; arrow keys move between them)
  const options = [...app.querySelectorAll(".netquiz-live .netquiz-option")];
  const chosen = options.findIndex((b) => b.classList.contains("netquiz-selected"));
  options.forEach((b, i) => {
    const on = i === chosen ? "true" : "false";
    if (b.getAttribute("aria-pressed") !== on) b.setAttribute("aria-pressed", on);
    b.tabIndex = i === Math.max(chosen, 0) ? 0 : -1;
  });
}

function arrowKeys(event) {
  const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
  const from = event.target.closest && event.target.closest(".netquiz-live .netquiz-option");
  if (!step || !from) return;
  const options = [...document.querySelectorAll(".netquiz-live .netquiz-option")];
  const to = options[(options.indexOf(from) + step + options.length) % options.length];
  event.preventDefault();
  to.tabIndex = 0;
  to.focus();
}

function focusStem() {
  // a new live screen replaced the focused element: the reader goes on from its question
  if (document.activeElement && document.activeElement !== document.body) return;
  const stem = document.querySelector(".netquiz-live .netquiz-stem, .netquiz-wait, .netquiz-live-end");
  if (!stem) return;
  stem.tabIndex = -1;
  stem.focus({ preventScroll: true });
}

function watch() {
  const app = document.querySelector(".netquiz-app");
  if (!app || app.dataset.netquizWatched) return;
  app.dataset.netquizWatched = "1";
  app.addEventListener("keydown", arrowKeys);
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      landmarks();
      pressedOptions(app);
      focusStem();
    });
  }).observe(app, { subtree: true, childList: true, attributes: true, attributeFilter: ["class"] });
}

function announcer() {
  // one polite live region in the banner, kept across screens: the kernel's `announce` text goes in it
  const header = document.querySelector(".netquiz-app .netquiz-header");
  if (!header) return null;
  let region = header.querySelector(".netquiz-announce");
  if (!region) {
    region = document.createElement("div");
    region.className = "netquiz-announce";
    region.setAttribute("role", "status");
    region.setAttribute("aria-live", "polite");
    header.append(region);
  }
  return region;
}

function startHere() {
  // Nothing has the focus yet (a fresh page): the name field of the join form takes it.
  const name = document.querySelector(".netquiz-app .netquiz-name input");
  if (name && (!document.activeElement || document.activeElement === document.body)) name.focus();
}

function soon() {
  requestAnimationFrame(() => setTimeout(() => {
    landmarks();
    startHere();
    watch();
  }, 0));
}

function ready() {
  // the join form may show (quiz.css hides it until then): at once for a new browser; for a returning one once
  // the kernel has tried to resume it (≤ 5 s). The app may not be drawn yet: try again shortly.
  const app = document.querySelector(".netquiz-app");
  if (app) app.classList.add("netquiz-ready");
  else setTimeout(ready, 50);
}

export default {
  render({ model }) {
    let token = stored(KEY);
    const returning = VALID.test(token);
    if (!returning) {
      token = newToken();
      store(KEY, token);
    }
    if (returning && !model.get("checked")) {
      setTimeout(ready, 5000);
      model.on("change:checked", ready);
    } else {
      ready();
    }
    const lang = stored(LANG_KEY);
    if (model.get("token") !== token || (lang && model.get("saved_lang") !== lang)) {
      model.set("token", token);
      if (lang) model.set("saved_lang", lang);
      model.save_changes();
    }
    function page() {
      const ui = model.get("lang");
      if (ui) document.documentElement.lang = ui;
      const title = model.get("title");
      if (title) document.title = title;
      landmarks();
      soon();
    }
    function remember() {
      const chosen = model.get("saved_lang");
      if (chosen) store(LANG_KEY, chosen);
    }
    function say() {
      const region = announcer();
      if (region && region.textContent !== model.get("announce")) region.textContent = model.get("announce");
    }
    model.on("change:lang change:title", page);
    model.on("change:saved_lang", remember);
    model.on("change:announce", say);
    requestAnimationFrame(() => setTimeout(say, 0));
    page();
    soon(); // the app's boxes may be attached after this widget
    return () => {
      model.off("change:lang change:title", page);
      model.off("change:saved_lang", remember);
      model.off("change:announce", say);
    };
  },
};
