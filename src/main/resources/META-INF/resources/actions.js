// Buttons that call the JSON API: <button class="api-action" data-url="..." [data-method] [data-confirm]
// [data-body="JSON"] [data-form="id of a form whose changed fields become the JSON body"]
// [data-show="a field of the answer to show, such as a token's secret"]>. The answer is shown as
// plain text in the next <output>; nothing here inserts markup.

// Only the fields someone changed, so untouched settings are not pinned as overrides.
function changedFields(form) {
  const body = {};
  for (const field of form.elements) {
    const changed = field.tagName === 'SELECT'
      ? [...field.options].some(o => o.selected !== o.defaultSelected)
      : field.value !== field.defaultValue;
    if (field.name && changed) {
      body[field.name] = field.value;
    }
  }
  return body;
}

// Forms whose buttons call the API are never submitted by the browser (Enter in a field included).
document.querySelectorAll('form.api-form').forEach(form => form.addEventListener('submit', e => e.preventDefault()));

document.querySelectorAll('button.api-action').forEach(button => {
  button.addEventListener('click', async () => {
    if (button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
      return;
    }
    const form = button.dataset.form ? document.getElementById(button.dataset.form) : null;
    const body = form ? changedFields(form) : JSON.parse(button.dataset.body || '{}');
    const response = await fetch(button.dataset.url, {
      method: button.dataset.method || 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body)
    });
    const text = await response.text();
    const result = text ? JSON.parse(text) : {};
    const output = button.parentElement.querySelector('output');
    const shown = button.dataset.show ? `${button.dataset.show}: ${result[button.dataset.show]}` : 'done';
    output.textContent = response.ok ? shown : `${result.title}: ${result.detail}`;
    button.disabled = response.ok;
  });
});
