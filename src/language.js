// Runs in the <head> of pages whose address names no language (`/internships`, old links, the
// feeds' links), before anything is drawn: it goes to the same page in the reader's language
// (`/kk/internships`), so that no reader sees a page in one language turn into another. The
// language of the last page read on this device first (the app keeps it as `portal.lang` and in
// the cookie `lang`), then the browser's preferred languages, then English. Addresses that name
// a language are left as they are.
// scripts/postbuild.py publishes it under a hashed name.
(() => {
  const languages = ['kk', 'ru', 'en'];
  const base = new URL(document.baseURI).pathname;
  const path = location.pathname === base.slice(0, -1) ? base : location.pathname;
  if (!path.startsWith(base)) return;
  const rest = path.slice(base.length);
  if (languages.includes(rest.split('/')[0])) return;
  let chosen = null;
  try {
    chosen = localStorage.getItem('portal.lang');
  } catch {
    // Storage is disabled: the cookie, if any, else the browser's languages decide.
    chosen = (document.cookie.match(/(?:^|; )lang=([a-z]{2})/) || [])[1];
  }
  const preferred = (navigator.languages || [navigator.language || '']).map((tag) => tag.slice(0, 2).toLowerCase());
  const lang = [chosen, ...preferred].find((code) => languages.includes(code)) || 'en';
  location.replace(`${base}${lang}/${rest}${location.search}${location.hash}`);
})();
