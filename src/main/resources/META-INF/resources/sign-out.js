// Signs out through the API (JSON only, so no form of another site can), then shows the sign-in page.
document.querySelectorAll('form.sign-out').forEach(form => form.addEventListener('submit', async event => {
  event.preventDefault();
  await fetch('/api/sign-out', { method: 'POST', credentials: 'same-origin' });
  location.href = '/login.html';
}));
