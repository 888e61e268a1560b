// The header's counts on every page: escalations (supervisors), cases assigned to you, failed
// replies, cases with unanswered DMs, each a link to where they are. Polled every 30 s; when one grows and the person has
// allowed notifications, the browser shows one. Nothing here inserts markup from the server.
const attention = document.createElement('nav');
attention.className = 'attention';
attention.setAttribute('aria-label', 'waiting for you');
attention.setAttribute('aria-live', 'polite');
document.querySelector('header')?.prepend(attention);

function link(href, count, label) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = `${count} ${label}`;
  a.className = count > 0 ? 'attention-count due-now' : 'attention-count';
  return a;
}

function notify(counts, before) {
  if (!before || !('Notification' in window) || Notification.permission !== 'granted') {
    return;
  }
  const grown = [];
  if (counts.escalated > before.escalated) grown.push(`${counts.escalated} escalated`);
  if (counts.assignedToYou > before.assignedToYou) grown.push(`${counts.assignedToYou} assigned to you`);
  if (counts.dmsWaiting > before.dmsWaiting) grown.push(`${counts.dmsWaiting} DMs waiting`);
  if (grown.length) {
    new Notification('Firstline', {body: grown.join(' · '), tag: 'firstline-attention'});
  }
}

function askButton() {
  const ask = document.createElement('button');
  ask.type = 'button';
  ask.textContent = 'Notify me';
  ask.addEventListener('click', () => Notification.requestPermission().then(() => ask.remove()));
  return ask;
}

async function refreshAttention() {
  const response = await fetch('/api/attention');
  if (!response.ok) {
    return;
  }
  const counts = await response.json();
  const before = JSON.parse(sessionStorage.getItem('attention') || 'null');
  sessionStorage.setItem('attention', JSON.stringify(counts));
  const items = [];
  if (counts.escalated !== null) {
    items.push(link('/?status=ESCALATED', counts.escalated, 'escalated'));
  }
  items.push(link(`/?claimedBy=${encodeURIComponent(counts.member)}`, counts.assignedToYou, 'assigned to you'));
  items.push(link('/failed', counts.failed, 'failed'));
  items.push(link('/dms', counts.dmsWaiting, 'DMs waiting'));
  if ('Notification' in window && Notification.permission === 'default') {
    items.push(askButton());
  }
  attention.replaceChildren(...items);
  notify(counts, before);
}

refreshAttention();
setInterval(refreshAttention, 30000);
