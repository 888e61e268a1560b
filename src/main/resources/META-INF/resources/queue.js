// Sends the queue page's decisions to the review API. Post text is rendered by the server with
// HTML escaping; this script never inserts markup, only plain text.
document.querySelectorAll('form.decide').forEach(form => {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const action = event.submitter.value;
    const body = {
      text: form.elements.text.value,
      reason: form.elements.reason.value,
      version: Number(form.dataset.version)
    };
    const response = await fetch(`/api/drafts/${form.dataset.draftId}/${action}`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body)
    });
    const result = await response.json();
    form.querySelector('output').textContent = response.ok
      ? `${result.status.toLowerCase()}`
      : `${result.title}: ${result.detail || (result.errors || []).join(', ')}`;
    if (response.ok) {
      form.closest('article').classList.add('decided');
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
