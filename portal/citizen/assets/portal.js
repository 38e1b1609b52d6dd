// Enhancement only: every page works without it. Filters apply as soon as a choice changes.
document.querySelectorAll('form[data-autosubmit] select').forEach((select) => {
  select.addEventListener('change', () => select.form.requestSubmit());
});
