// netquiz question card: the whole question screen as one widget, drawn from one `screen` state.
//
// The kernel sends a new `screen` when the question, its result or the language changes: one message.
// Choosing an option happens here, in the page (no message); submit sends {event: "submit", n, choice},
// where n numbers the screen so the kernel drops stale taps. The result comes back with the next
// question (`upcoming`, numbered n + 1): next shows it here, without a message. Only when there is no
// upcoming question (the end of a round) does next send {event: "next", n}.
// Before submit the state holds no answer, feedback or explanation: the kernel grades and only then
// sends `result`. All text goes in with textContent, except result.feedback_html, escaped by the kernel.

function button(classes, label, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = `jupyter-widgets jupyter-button widget-button ${classes}`;
  b.textContent = label;
  b.addEventListener("click", onClick);
  return b;
}

function block(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export default {
  render({ model, el }) {
    let shownN = null; // the screen number drawn last
    let chosen = null; // the option chosen on this screen (page-side until submit)
    let sent = false; // submit or next sent for this state: ignore repeated taps until the kernel answers
    let advancedTo = null; // the upcoming screen's number once next showed it here

    function mark(options) {
      options.forEach((b, i) => {
        const on = i === chosen;
        b.classList.toggle("netquiz-selected", on);
        b.setAttribute("aria-pressed", on ? "true" : "false");
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

    function draw() {
      const s = view();
      const result = s.result || null;
      if (s.n !== shownN) {
        const fresh = shownN !== null;
        shownN = s.n;
        chosen = null;
        if (fresh && el.getBoundingClientRect().top < 0) el.scrollIntoView({ block: "start" });
      }
      sent = false;
      if (result) chosen = result.chosen;
      const labels = s.labels || {};
      const root = block("div", "netquiz-card");
      if (s.lang) root.lang = s.lang;
      root.append(block("div", "netquiz-badge", s.badge || ""), block("div", "netquiz-stem", s.stem || ""));
      const list = block("div", "netquiz-options");
      list.setAttribute("role", "group");
      // The "choose an option" line exists only while it is shown (netquiz-error means a shown problem).
      const error = block("div", "netquiz-error");
      error.setAttribute("role", "alert");
      const options = (s.options || []).map((label, i) =>
        button("netquiz-option", label, () => {
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
      list.append(...options);
      root.append(list);
      const feedback = block("div", "netquiz-feedback");
      feedback.setAttribute("aria-live", "polite");
      if (result) {
        feedback.classList.add(result.correct ? "netquiz-correct" : "netquiz-incorrect");
        feedback.innerHTML = result.feedback_html; // escaped by the kernel
        const next = button("netquiz-next", labels.next || "", () => {
          if (sent) return;
          if (s.upcoming) {
            advancedTo = s.upcoming.n; // drawn from the state already here: no round trip
            draw();
            return;
          }
          sent = true;
          next.disabled = true;
          model.send({ event: "next", n: s.n });
        });
        root.append(feedback, next);
      } else {
        // Always enabled: a submit without a choice is answered here, with the kernel's words.
        const submit = button("netquiz-submit", labels.submit || "", () => {
          if (sent) return;
          if (chosen === null) {
            error.textContent = labels.choose || "";
            if (!error.isConnected) submit.before(error);
            return;
          }
          sent = true;
          submit.disabled = true;
          model.send({ event: "submit", n: s.n, choice: chosen });
        });
        root.append(submit, feedback);
      }
      const progress = s.progress || { value: 0, max: 1, text: "" };
      const bar = block("progress", "netquiz-progress");
      bar.max = Math.max(progress.max, 1);
      bar.value = progress.value;
      root.append(bar, block("div", "netquiz-status", progress.text));
      el.replaceChildren(root);
    }

    model.on("change:screen", draw);
    draw();
    return () => model.off("change:screen", draw);
  },
};
