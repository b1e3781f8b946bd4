// netquiz question card: the whole question screen as one widget, drawn from one `screen` state.
//
// The kernel sends a new `screen` when the question, its result or the language changes: one message.
// Choosing an option happens here, in the page (no message); submit sends {event: "submit", n, choice},
// where n numbers the screen so the kernel drops stale taps. The result comes back with the next
// question (`upcoming`, numbered n + 1): next shows it here, without a message. Only when there is no
// upcoming question (the end of a round) does next send {event: "next", n}.
// Before submit the state holds no answer, feedback or explanation: the kernel grades and only then
// sends `result`. All text goes in with textContent, except result.feedback_html, escaped by the kernel.
//
// Keyboard: the options are one radio group (one Tab stop, arrow keys choose), so a question takes one
// Tab to the options, one to submit; after submit the focus is on the verdict (next is one Tab away),
// after next on the new question's stem. The verdict and next sit right under the stem.

const LETTERS = "ABCDEFGH";

function button(classes, label, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = `jupyter-widgets jupyter-button widget-button ${classes}`;
  if (label !== null) b.textContent = label;
  b.addEventListener("click", onClick);
  return b;
}

function block(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function optionButton(label, i, onClick) {
  const b = button("netquiz-option", null, onClick);
  b.setAttribute("role", "radio");
  b.dataset.key = `option-${i}`;
  b.append(block("span", "netquiz-letter", LETTERS[i] || ""), document.createTextNode(" "),
    block("span", "netquiz-option-text", label));
  return b;
}

export default {
  render({ model, el }) {
    let shownN = null; // the screen number drawn last
    let chosen = null; // the option chosen on this screen (page-side until submit)
    let sent = false; // submit or next sent for this state: ignore repeated taps until the kernel answers
    let advancedTo = null; // the upcoming screen's number once next showed it here
    let focusNext = null; // the element key to focus after the next draw ("verdict", "stem")

    function mark(options) {
      const active = chosen === null ? 0 : chosen;
      options.forEach((b, i) => {
        const on = i === chosen;
        b.classList.toggle("netquiz-selected", on);
        b.setAttribute("aria-checked", on ? "true" : "false");
        b.tabIndex = i === active ? 0 : -1;
      });
    }

    function view() {
      // The screen to draw: the kernel's, or the upcoming question next already moved to.
      const state = model.get("screen") || {};
      if (state.result && state.upcoming && state.upcoming.n === advancedTo) {
        return { ...state, ...state.upcoming, result: null, upcoming: null };
      }
      return state;
    }

    function radioKeys(options, result) {
      return (event) => {
        const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
        if (!step || result || sent) return;
        event.preventDefault();
        const from = options.indexOf(document.activeElement);
        const to = (Math.max(from, 0) + step + options.length) % options.length;
        options[to].click();
        options[to].focus();
      };
    }

    function feedbackBlock(s, result, labels) {
      const feedback = block("div", `netquiz-feedback ${result.correct ? "netquiz-correct" : "netquiz-incorrect"}`);
      const row = block("div", "netquiz-verdict-row");
      const verdict = block("div", "netquiz-verdict", result.verdict || "");
      verdict.tabIndex = -1;
      verdict.dataset.key = "verdict";
      const next = button("netquiz-next", labels.next || "", () => {
        if (sent) return;
        focusNext = "stem";
        if (s.upcoming) {
          advancedTo = s.upcoming.n; // drawn from the state already here: no round trip
          draw();
          return;
        }
        sent = true;
        next.disabled = true;
        model.send({ event: "next", n: s.n });
      });
      next.dataset.key = "next";
      row.append(verdict, next);
      const details = block("div", "netquiz-feedback-details");
      details.innerHTML = result.feedback_html; // escaped by the kernel
      feedback.append(row, details);
      return feedback;
    }

    function draw() {
      const s = view();
      const result = s.result || null;
      const active = el.contains(document.activeElement) ? document.activeElement.dataset.key : null;
      if (s.n !== shownN) {
        shownN = s.n;
        chosen = null;
      }
      sent = false;
      if (result) chosen = result.chosen;
      const labels = s.labels || {};
      const root = block("div", "netquiz-card");
      if (s.lang) root.lang = s.lang;
      const stem = block("h2", "netquiz-stem", s.stem || "");
      stem.tabIndex = -1;
      stem.dataset.key = "stem";
      root.append(block("div", "netquiz-badge", s.badge || ""), stem);
      if (result) root.append(feedbackBlock(s, result, labels));
      const list = block("div", "netquiz-options");
      list.setAttribute("role", "radiogroup");
      list.setAttribute("aria-label", labels.options || "");
      // The "choose an option" line exists only while it is shown (netquiz-error means a shown problem).
      const error = block("div", "netquiz-error");
      error.setAttribute("role", "alert");
      const options = (s.options || []).map((label, i) =>
        optionButton(label, i, () => {
          if (result || sent) return;
          chosen = i;
          error.remove();
          mark(options);
        }),
      );
      mark(options);
      if (result) {
        options.forEach((b, i) => {
          b.disabled = true;
          if (i === result.answer) b.classList.add("netquiz-right-answer");
        });
      }
      list.addEventListener("keydown", radioKeys(options, result));
      list.append(...options);
      root.append(list);
      if (!result) {
        // Always enabled: a submit without a choice is answered here, with the kernel's words.
        const submit = button("netquiz-submit", labels.submit || "", () => {
          if (sent) return;
          if (chosen === null) {
            error.textContent = labels.choose || "";
            if (!error.isConnected) submit.before(error);
            return;
          }
          sent = true;
          focusNext = "verdict";
          submit.disabled = true;
          model.send({ event: "submit", n: s.n, choice: chosen });
        });
        submit.dataset.key = "submit";
        root.append(submit);
      }
      const progress = s.progress || { value: 0, max: 1, text: "" };
      const bar = block("progress", "netquiz-progress");
      bar.max = Math.max(progress.max, 1);
      bar.value = progress.value;
      bar.setAttribute("aria-label", progress.text || "");
      root.append(bar, block("div", "netquiz-status", progress.text));
      const lost = !document.activeElement || document.activeElement === document.body;
      el.replaceChildren(root);
      // After submit the verdict, after next the stem; a first question after the join form takes the focus too.
      place(root, focusNext && (focusNext !== "verdict" || result) ? focusNext : active || (lost ? "stem" : null));
    }

    function place(root, key) {
      // Focus (and show) the element the reader should be on: the verdict after submit, the stem after next.
      if (key === "verdict" || key === "stem") focusNext = null;
      const target = key ? root.querySelector(`[data-key="${key}"]`) : null;
      if (!target) return;
      if (key === "verdict" || key === "stem") {
        const row = key === "verdict" ? target.parentElement : target;
        const box = row.getBoundingClientRect();
        if (box.top < 0 || box.bottom > window.innerHeight) row.scrollIntoView({ block: "start" });
      }
      target.focus({ preventScroll: true });
    }

    model.on("change:screen", draw);
    draw();
    // The card replaces the join form: once the form is gone (focus fell back to the page), take it.
    setTimeout(() => {
      const stem = el.querySelector(".netquiz-stem");
      if (stem && (!document.activeElement || document.activeElement === document.body)) stem.focus();
    }, 150);
    return () => model.off("change:screen", draw);
  },
};
