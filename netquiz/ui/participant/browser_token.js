// netquiz resume token: a random id kept in this browser's localStorage, sent to the kernel once per page.
// The participant is this token, not her name: a reload in the same browser resumes her quiz silently.
const KEY = "netquiz.resume-token";
const VALID = /^[A-Za-z0-9_-]{16,128}$/;

function newToken() {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes); // available on plain-http LAN pages too (randomUUID is not)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function stored() {
  try {
    return window.localStorage.getItem(KEY) || "";
  } catch (e) {
    return ""; // storage blocked: the token lives as long as this page
  }
}

export default {
  render({ model }) {
    let token = stored();
    if (!VALID.test(token)) {
      token = newToken();
      try {
        window.localStorage.setItem(KEY, token);
      } catch (e) {
        /* private mode: this page only */
      }
    }
    if (model.get("token") !== token) {
      model.set("token", token);
      model.save_changes();
    }
  },
};
