// The demo site's language switcher: sets <html lang>, which every widget follows live.
const select = document.querySelector('#locale');
const saved = new URLSearchParams(location.search).get('lang');
if (saved) document.documentElement.lang = saved;
if (select) {
  select.value = document.documentElement.lang;
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
    const url = new URL(location.href);
    url.searchParams.set('lang', select.value);
    history.replaceState(null, '', url);
  });
}
