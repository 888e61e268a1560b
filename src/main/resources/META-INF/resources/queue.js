// The queue page's and the case page's behaviour. Post text is rendered by the server with HTML escaping; this script
// never inserts markup, only plain text (textContent).

const URL_PATTERN = /https?:\/\/\S+/g;
const POST_LIMIT = 280;
const X_URL_LENGTH = 23;

// m:ss, or h:mm:ss from an hour on (with business hours, a deadline can be a weekend away).
function clock(totalSeconds) {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor(totalSeconds / 60) % 60;
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

// Time left to the response target, updated every second; overdue cases turn red.
function updateCountdowns() {
  const now = Date.now();
  document.querySelectorAll('.due').forEach(span => {
    const left = Math.round((Date.parse(span.dataset.due) - now) / 1000);
    const time = clock(Math.abs(left));
    span.textContent = left >= 0 ? `reply due in ${time}` : `overdue by ${time}`;
    span.classList.toggle('overdue', left < 0);
  });
}

// Times of the last day read as "4 min ago"; the day and minute stay in the tooltip.
function updateRelativeTimes() {
  const now = Date.now();
  document.querySelectorAll('time[datetime]').forEach(time => {
    if (time.closest('.due')) {
      return;
    }
    time.dataset.shown = time.dataset.shown || time.textContent;
    const minutes = Math.floor((now - Date.parse(time.getAttribute('datetime'))) / 60000);
    if (minutes < 0 || minutes >= 24 * 60) {
      time.textContent = time.dataset.shown;
      return;
    }
    time.title = time.dataset.shown;
    time.textContent = minutes < 1 ? 'just now' : minutes < 60 ? `${minutes} min ago`
      : `${Math.floor(minutes / 60)} h ${minutes % 60} min ago`;
  });
}

// X's count, close enough to guide an edit: every link counts 23. The server checks it exactly.
function updateCounter(form) {
  const counter = form.querySelector('.counter');
  const text = form.elements.text.value;
  const links = text.match(URL_PATTERN) || [];
  const length = [...text.replace(URL_PATTERN, '')].length + links.length * X_URL_LENGTH
    + counter.dataset.handle.length + 2;
  counter.textContent = `${length} / ${POST_LIMIT} with @${counter.dataset.handle}`;
  counter.classList.toggle('over', length > POST_LIMIT);
}

async function send(url, method, body) {
  const response = await fetch(url, {
    method,
    headers: {'Content-Type': 'application/json'},
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  return {ok: response.ok, result: text ? JSON.parse(text) : {}};
}

function describe(result) {
  return `${result.title}: ${result.detail || (result.errors || []).join(', ')}`;
}

document.querySelectorAll('form.decide').forEach(form => {
  updateCounter(form);
  form.elements.text.addEventListener('input', () => updateCounter(form));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const action = event.submitter.value;
    const {ok, result} = await send(`/api/drafts/${form.dataset.draftId}/${action}`, 'POST', {
      text: form.elements.text.value,
      reason: form.elements.reason.value,
      version: Number(form.dataset.version)
    });
    form.querySelector('output').textContent = ok ? result.status.toLowerCase() : describe(result);
    if (ok) {
      form.closest('.draft').classList.add('decided');
      form.querySelectorAll('button').forEach(b => b.disabled = true);
    }
  });
});

// Runs the reply checks on an agent's edit as they type and shows what they find as warnings.
document.querySelectorAll('form.decide').forEach(form => {
  let pending;
  form.elements.text.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      const response = await fetch(`/api/drafts/${form.dataset.draftId}/check`, {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({text: form.elements.text.value})
      });
      if (!response.ok) {
        return;
      }
      const box = form.querySelector('.warnings');
      box.replaceChildren(...(await response.json()).warnings.map(w => {
        const p = document.createElement('p');
        p.className = 'warning';
        p.textContent = w;
        return p;
      }));
    }, 400);
  });
});

// Macros: replace the draft with another macro's reply, filled in for this post by the server.
// The closest macros are buttons beside the draft; the search box finds any other by its title
// or text (Enter takes the first result). The reply comes back as plain text in the textarea.
async function useMacro(form, macroId) {
  const {ok, result} = await send(`/api/drafts/${form.dataset.draftId}/macro`, 'POST',
    {macroId, version: Number(form.dataset.version)});
  if (!ok) {
    form.querySelector('output').textContent = describe(result);
    return;
  }
  form.elements.text.value = result.text;
  form.dataset.version = result.version;
  form.querySelector('.macro').textContent = `Macro: ${result.macroTitle}`;
  form.querySelector('.warnings').replaceChildren(...result.warnings.map(w => {
    const p = document.createElement('p');
    p.className = 'warning';
    p.textContent = w;
    return p;
  }));
  updateCounter(form);
  form.elements.text.focus();
}

function macroButton(form, macro) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'use-macro';
  button.textContent = macro.title;
  button.addEventListener('click', () => useMacro(form, macro.id));
  return button;
}

document.querySelectorAll('form.decide').forEach(form => {
  form.querySelectorAll('.use-macro').forEach(b => b.addEventListener('click', () => useMacro(form, b.dataset.macroId)));
  const search = form.querySelector('.macro-search');
  const results = form.querySelector('.macro-results');
  let pending;
  search.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      const response = await fetch(`/api/macros?q=${encodeURIComponent(search.value)}&limit=5`);
      if (response.ok) {
        results.replaceChildren(...(await response.json()).map(m => macroButton(form, m)));
      }
    }, 200);
  });
  // Enter would otherwise submit the form, which approves the draft.
  search.addEventListener('keydown', event => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const first = results.querySelector('button');
      if (first) {
        first.click();
      }
    }
  });
});

document.querySelectorAll('.claim-button').forEach(button => {
  button.addEventListener('click', async () => {
    const {ok, result} = await send(`/api/cases/${button.dataset.caseId}/claim`, 'POST');
    button.textContent = ok ? `claimed by ${result.claimedBy}` : describe(result);
    button.disabled = ok;
  });
});

// New mentions keep arriving: say so instead of reloading under an agent's edit. The page polls
// (every 15 s) rather than holding a stream open, so any instance behind a load balancer can answer.
// Each poll also refreshes who is viewing each case.
async function checkForNewDrafts() {
  const params = new URLSearchParams(location.search);
  const response = await fetch(`/api/drafts?${params}&limit=1000`);
  if (response.ok) {
    const shown = new Set([...document.querySelectorAll('article.draft')].map(a => a.dataset.draftId));
    const queue = await response.json();
    document.getElementById('fresh').hidden = !queue.some(d => !shown.has(String(d.id)));
    queue.forEach(d => document.querySelectorAll(`.viewers[data-case-id="${d.caseId}"]`).forEach(span => {
      span.textContent = d.viewers.length ? `viewing: ${d.viewers.join(', ')}` : '';
    }));
  }
}

// Keyboard shortcuts for the common path, on the queue and the case page, ignored while typing in a field:
// j / k next / previous draft, e edit, a approve, r reject (type the reason, then Enter), x escalate
// (asks for the handover note first, in the same field, then x again),
// c claim the case, o open the case page, m find a macro.
const drafts = [...document.querySelectorAll('.draft[data-draft-id]')];
let current = 0;

function select(index) {
  if (drafts.length === 0) {
    return;
  }
  current = Math.max(0, Math.min(drafts.length - 1, index));
  drafts.forEach((d, i) => d.classList.toggle('selected', i === current));
  drafts[current].scrollIntoView({block: 'nearest'});
  if (typeof showCase === 'function' && drafts[current].dataset.caseId) {
    showCase(drafts[current].dataset.caseId);
  }
}

function press(selector) {
  const target = drafts[current] && drafts[current].querySelector(selector);
  if (target) {
    target.click();
  }
}

// In a field: Escape leaves it (so the keys above work again), Ctrl+Enter approves the draft.
// Enter in the reason field rejects with that reason (the browser would take it for "approve").
function fieldKey(event) {
  const form = event.target.closest('form.decide');
  if (event.key === 'Enter' && event.target.name === 'reason' && form) {
    event.preventDefault();
    form.requestSubmit(form.querySelector('button[value=reject]'));
  } else if (event.key === 'Escape') {
    event.target.blur();
  } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && form) {
    event.preventDefault();
    form.requestSubmit(form.querySelector('button[value=approve]'));
  }
}

document.addEventListener('keydown', event => {
  if (event.target.matches('input, textarea, select')) {
    fieldKey(event);
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  const draft = drafts[current];
  const actions = {
    j: () => select(current + 1),
    k: () => select(current - 1),
    e: () => draft && draft.querySelector('textarea').focus(),
    a: () => press('button[value=approve]'),
    r: () => draft && draft.querySelector('input[name=reason]').focus(),
    x: () => draft && (draft.querySelector('input[name=reason]').value.trim()
      ? press('button[value=escalate]') : draft.querySelector('input[name=reason]').focus()),
    c: () => press('.claim-button'),
    o: () => press('.open-case'),
    m: () => draft && draft.querySelector('.macro-search').focus()
  };
  if (actions[event.key]) {
    event.preventDefault();
    actions[event.key]();
  }
});

select(0);
updateCountdowns();
updateRelativeTimes();
setInterval(updateCountdowns, 1000);
setInterval(updateRelativeTimes, 30000);
if (document.getElementById('fresh')) {
  setInterval(checkForNewDrafts, 15000);
}

// On a case page: tell the server every 15 s that this member has the case open, and show who
// else has. The server forgets a viewer after firstline.review.presence-lasts without a report.
async function reportViewing(caseId) {
  const {ok, result} = await send(`/api/cases/${caseId}/viewing`, 'POST');
  if (ok) {
    document.getElementById('viewers').textContent =
      result.viewers.length ? `Also viewing: ${result.viewers.join(', ')}` : '';
  }
}

const viewedCase = document.body.dataset.caseId;
if (viewedCase) {
  reportViewing(viewedCase);
  setInterval(() => reportViewing(viewedCase), 15000);
  window.addEventListener('pagehide', () => fetch(`/api/cases/${viewedCase}/viewing`, {
    method: 'DELETE', keepalive: true, headers: {'Content-Type': 'application/json'}
  }));
}
