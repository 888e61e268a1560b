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
