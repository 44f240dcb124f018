// The CMS template's 文字サイズ switcher: a class on <body>, remembered for the visit.
const SIZES = { standard: '', large: 'fontsize-large', xlarge: 'fontsize-xlarge' };

function apply(size) {
  document.body.classList.remove('fontsize-large', 'fontsize-xlarge');
  if (SIZES[size]) document.body.classList.add(SIZES[size]);
  for (const button of document.querySelectorAll('#fontsize button'))
    button.setAttribute('aria-pressed', String(button.value === size));
}

document.addEventListener('DOMContentLoaded', () => {
  for (const button of document.querySelectorAll('#fontsize button')) button.addEventListener('click', () => apply(button.value));
  apply('standard');
});
