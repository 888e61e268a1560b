// Shows the sign-in error when the form sent the browser back with ?error (no inline script: the CSP forbids it).
if (new URLSearchParams(location.search).has('error')) {
  document.getElementById('failed').hidden = false;
}

// Offers the company's single sign-on when it is configured.
fetch('/sign-in/options').then(answer => answer.json()).then(options => {
  document.getElementById('sso').hidden = !options.sso;
});
