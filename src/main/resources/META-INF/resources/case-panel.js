// On a wide screen the queue shows the selected draft's case beside the list: the customer, each
// turn's SLA, the thread with our replies, the DMs and the team's notes, read from
// GET /api/cases/{id}. Only text is inserted (textContent), never markup. The list keeps the
// keyboard: j/k move the selection and the panel follows it.
const panel = document.getElementById('case-panel');
const STATUS = {OPEN: 'open', WAITING: 'waiting on the customer', CLOSED: 'closed'};

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function shown(instant) {
  return instant ? new Date(instant).toLocaleString([], {weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit'}) : '';
}

function message(who, text, at, className) {
  const quote = el('blockquote', null, className);
  quote.append(el('strong', who), ' ', el('small', shown(at)), el('br'), text);
  return quote;
}

function renderCase(c) {
  const parts = [el('h2', `@${c.customerHandle}`)];
  parts.push(el('p', `${c.customerFollowers} followers · case ${STATUS[c.status] || c.status}`
    + (c.resolution ? ` (${c.resolution.toLowerCase().replaceAll('_', ' ')})` : '')
    + (c.assignedTo ? ` · assigned to ${c.assignedTo}` : '')));
  c.turns.filter(t => t.respondedAt).forEach(t => parts.push(el('p',
    `${t.number === 1 ? 'first' : 'next'} reply ${Date.parse(t.respondedAt) > Date.parse(t.dueAt) ? 'missed its target' : 'met its target'}`, 'turn')));
  parts.push(el('h3', 'Thread'));
  c.posts.forEach(p => {
    parts.push(message(`@${c.customerHandle}`, p.text, p.postedAt, 'post'));
    c.replies.filter(r => !r.direct && r.inReplyToId === p.postId)
      .forEach(r => parts.push(message(`Our reply (${r.status.toLowerCase()})`, r.text, r.sentAt, 'reply')));
  });
  if (c.directMessages.length) {
    parts.push(el('h3', 'Direct messages (private)'));
    c.directMessages.forEach(m => parts.push(message(m.fromCustomer ? `@${c.customerHandle}` : 'Our DM', m.text, m.at,
      m.fromCustomer ? 'post dm' : 'reply dm')));
  }
  if (c.notes.length) {
    parts.push(el('h3', 'Notes for the team'));
    c.notes.forEach(n => parts.push(message(n.author, n.text, n.createdAt, 'note')));
  }
  const open = el('a', 'Open the whole case (o)');
  open.href = `/cases/${c.id}`;
  const footer = el('p');
  footer.append(open);
  parts.push(footer);
  panel.replaceChildren(...parts);
}

let shownCase = null;

async function showCase(caseId) {
  if (!panel || getComputedStyle(panel).display === 'none' || caseId === shownCase) {
    return;
  }
  shownCase = caseId;
  const response = await fetch(`/api/cases/${caseId}`);
  if (response.ok && shownCase === caseId) {
    renderCase(await response.json());
  }
}
