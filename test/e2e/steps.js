// What the UI walks (ui.js, failedStart.js) share: each check prints one "ok"/"FAIL" line with the time since the
// start, and the walk's exit code says whether any failed.
'use strict';

function steps() {
  const t0 = Date.now();
  const results = [];
  const seconds = () => ((Date.now() - t0) / 1000).toFixed(1);
  /** Records a check; returns `ok`. */
  const step = (name, ok, detail = '') => {
    results.push({ name, ok });
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}  (${seconds()} s)`);
    return ok;
  };
  /** "N/M passed in S s" after `tag`, plus `note`; exits 1 if any failed (the exit handler kills code-server). */
  const finish = (tag, note = '') => {
    const failed = results.filter((r) => !r.ok).length;
    console.log(`[${tag}] ${results.length - failed}/${results.length} passed in ${seconds()} s${note}`);
    process.exit(failed ? 1 : 0);
  };
  const anyFailed = () => results.some((r) => !r.ok);
  return { step, finish, anyFailed };
}

module.exports = { steps };
