// In-page timing for the benchmark, installed in every page before its own scripts.
//
// Times are the page's performance.now(): milliseconds since navigation start.
// A watcher records, for each condition, the first moment it holds, checked
// on every DOM mutation (the main document's and the code editor iframe's)
// and on every animation frame as a fallback; so a time is when the DOM
// changed, not when the harness noticed.
(() => {
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  // The preview's (first) button shows, of that type ("": any): in a row,
  // the first member, the one the harness changes.
  const previewShows = (type) => {
    const first = [...document.querySelectorAll(
      '.st-key-preview [data-testid^="stBaseButton-"]'
    )].find(visible);
    return first !== undefined && first.dataset.testid.startsWith(`stBaseButton-${type}`);
  };
  const editorDocument = () => {
    const frame = document.querySelector(".st-key-code_editor iframe");
    try {
      return frame ? frame.contentDocument : null;
    } catch (error) {
      return null;
    }
  };
  // The editor's rendered text without whitespace: Ace lays lines out in divs.
  const editorText = () => {
    const doc = editorDocument();
    const layer = doc && doc.querySelector("#REACT_ACE_EDITOR .ace_text-layer");
    return layer ? layer.textContent.replace(/\s+/g, "") : null;
  };
  const textOf = (selector) => {
    const element = document.querySelector(selector);
    return element ? element.textContent : null;
  };

  // Each condition: a function that holds once the page shows what is awaited.
  const conditions = (spec) => {
    const found = {};
    if (spec.preview !== undefined) found.preview = () => previewShows(spec.preview);
    if (spec.code !== undefined) found.code = () => editorText() === spec.code;
    if (spec.changed !== undefined) {
      const before = textOf(spec.changed);
      found.changed = () => {
        const now = textOf(spec.changed);
        return now !== null && now !== before;
      };
    }
    return found;
  };

  const watch = (spec, start) => {
    const watcher = { start, times: {}, done: false };
    const pending = conditions(spec);
    let editorSeen = null;
    const check = () => {
      if (watcher.done || watcher.start === null) return;
      const now = performance.now();
      for (const [name, holds] of Object.entries(pending)) {
        if (!(name in watcher.times) && holds()) watcher.times[name] = now;
      }
      const doc = editorDocument();
      if (doc && doc !== editorSeen) {
        editorSeen = doc;
        observer.observe(doc, options);
      }
      if (Object.keys(watcher.times).length === Object.keys(pending).length) {
        watcher.done = true;
        observer.disconnect();
      }
    };
    const options = { subtree: true, childList: true, attributes: true, characterData: true };
    const observer = new MutationObserver(check);
    observer.observe(document, options);
    const frame = () => {
      check();
      if (!watcher.done) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    watcher.check = check;
    return watcher;
  };

  window.__bench = {
    // Cold load: from navigation start until the preview's button shows.
    load: watch({ preview: "" }, 0),
    // Arm a watch that starts at the next click anywhere in the page.
    arm(spec) {
      const watcher = watch(spec, null);
      window.addEventListener(
        "click",
        () => {
          watcher.start = performance.now();
          watcher.check();
        },
        { capture: true, once: true }
      );
      window.__bench.armed = watcher;
    },
    editorText,
  };
})();
