import type { Plugin } from 'vite';
import { fengqiaoEnglish } from '../src/i18n/en.ts';
import { fengqiaoChinese } from '../src/i18n/zh-CN.ts';

/*
 * The sign-in form in the page itself. On a village phone the console's JavaScript takes seconds to arrive and
 * start; the form it would draw is plain HTML. So index.html carries that form, drawn by the browser as soon as the
 * page arrives, and the console takes it over when it starts (src/login/signInShell.ts): what was typed is kept, and
 * a form sent before the console started is signed in at once. Shown only to a visitor with no session on the
 * sign-in route; everyone else waits for the console as before. The words are the console's own (fq.app.*,
 * fq.login.*), in Chinese in the HTML and swapped to English by the script when that is the chosen language.
 */

import { SHELL_ID } from '../src/login/signInShell.ts';

export { SHELL_ID };

type Messages = typeof fengqiaoChinese;

const KEYS = [
  'app.name',
  'app.tagline',
  'login.intro',
  'login.username',
  'login.password',
  'login.submit',
  'login.submitting',
  'login.footer',
] as const;
type Key = (typeof KEYS)[number];

function words(messages: Messages): Record<Key, string> {
  const { app, login } = messages.fq;
  return {
    'app.name': app.name,
    'app.tagline': app.tagline,
    'login.intro': login.intro,
    'login.username': login.username,
    'login.password': login.password,
    'login.submit': login.submit,
    'login.submitting': login.submitting,
    'login.footer': login.footer,
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

// As the console's theme: its colours, its system CJK fonts, its card on the same gradient.
const STYLE = `
#${SHELL_ID}{position:fixed;inset:0;z-index:2000;overflow:auto;display:flex;flex-direction:column;align-items:center;justify-content:center;padding:32px 16px;box-sizing:border-box;background:linear-gradient(160deg,#8c2f39 0%,#5d1f27 45%,#263238 100%);font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",system-ui,-apple-system,sans-serif;color:rgba(0,0,0,.87)}
#${SHELL_ID}[hidden]{display:none}
#${SHELL_ID} form{width:100%;max-width:400px;box-sizing:border-box;background:#fff;border-radius:4px;padding:24px;box-shadow:0 5px 5px -3px rgba(0,0,0,.2),0 8px 10px 1px rgba(0,0,0,.14),0 3px 14px 2px rgba(0,0,0,.12)}
#${SHELL_ID} h1{margin:8px 0 4px;text-align:center;font-size:2.125rem;font-weight:700;letter-spacing:2px}
#${SHELL_ID} .tag{margin:0 0 24px;text-align:center;color:rgba(0,0,0,.6)}
#${SHELL_ID} .intro{margin:0 0 8px;font-size:.875rem;color:rgba(0,0,0,.6)}
#${SHELL_ID} label{display:block;margin:16px 0 8px;font-size:.875rem;color:rgba(0,0,0,.6)}
#${SHELL_ID} input{display:block;width:100%;box-sizing:border-box;margin-top:4px;min-height:48px;padding:12px 14px;font:inherit;font-size:1rem;border:1px solid rgba(0,0,0,.23);border-radius:4px}
#${SHELL_ID} input:focus{outline:2px solid #8c2f39;outline-offset:-1px}
#${SHELL_ID} button{display:block;width:100%;min-height:48px;margin-top:24px;border:0;border-radius:4px;background:#8c2f39;color:#fff;font:inherit;font-size:.9375rem;font-weight:500}
#${SHELL_ID} button:disabled{background:rgba(0,0,0,.12);color:rgba(0,0,0,.38)}
#${SHELL_ID} .foot{margin-top:24px;font-size:.75rem;color:rgba(255,255,255,.8)}
`
  .trim()
  .replace(/\n/g, '');

/**
 * The form's script, run as the page is parsed: shows the form only to a visitor with no session on the sign-in
 * route, in the chosen language, and keeps what is typed (and whether it was sent) in `window.__fqSignIn` for the
 * console to take over. For everyone else it takes the form out of the page: left hidden, a signed-in page kept a
 * second username and password field that password managers found. The keys are the console's (session.ts
 * TOKEN_KEY, i18n LOCALE_STORAGE_KEY).
 */
function script(english: Record<Key, string>): string {
  return `(function(){
var shell=document.getElementById('${SHELL_ID}');if(!shell)return;
var store;try{store=window.localStorage}catch(e){}
var h=location.hash;if((store&&store.getItem('fengqiao.token'))||!(h===''||h==='#'||h==='#/'||h.indexOf('#/login')===0)){shell.remove();return}
var locale;try{locale=JSON.parse(store.getItem('RaStore.locale'))}catch(e){}
if(locale==='en'){var en=${scriptJson(english)};document.documentElement.lang='en';
var nodes=shell.querySelectorAll('[data-t]');for(var i=0;i<nodes.length;i++)nodes[i].textContent=en[nodes[i].getAttribute('data-t')];
shell.querySelector('form').setAttribute('aria-label',en['login.submit']);shell.setAttribute('data-submitting',en['login.submitting']);}
var form=shell.querySelector('form'),user=form.elements.namedItem('username'),pass=form.elements.namedItem('password'),button=form.querySelector('button');
var state=window.__fqSignIn={username:'',password:'',submitted:false,focus:'username'};
form.addEventListener('input',function(e){var t=e.target;if(t&&t.name in state)state[t.name]=t.value;});
form.addEventListener('focusin',function(e){if(e.target&&e.target.name)state.focus=e.target.name;});
form.addEventListener('submit',function(e){e.preventDefault();if(state.submitted)return;
state.username=user.value;state.password=pass.value;
if(!user.value.trim()){user.focus();return}if(!pass.value){pass.focus();return}
state.submitted=true;user.readOnly=true;pass.readOnly=true;button.disabled=true;button.textContent=shell.getAttribute('data-submitting');});
shell.hidden=false;user.focus();
})();`;
}

/** The form's HTML, style and script, in the page's <body> before the console's root. */
export function signInShellHtml(chinese: Messages = fengqiaoChinese, english: Messages = fengqiaoEnglish): string {
  const zh = words(chinese);
  const t = (key: Key, tag: string, attrs = '') => `<${tag}${attrs} data-t="${key}">${escapeHtml(zh[key])}</${tag}>`;
  return [
    `<style>${STYLE}</style>`,
    `<div id="${SHELL_ID}" data-submitting="${escapeHtml(zh['login.submitting'])}" hidden>`,
    `<form novalidate aria-label="${escapeHtml(zh['login.submit'])}">`,
    t('app.name', 'h1'),
    t('app.tagline', 'p', ' class="tag"'),
    t('login.intro', 'p', ' class="intro"'),
    `<label>${t('login.username', 'span')}<input name="username" autocomplete="username" autocapitalize="off" spellcheck="false"></label>`,
    `<label>${t('login.password', 'span')}<input name="password" type="password" autocomplete="current-password"></label>`,
    t('login.submit', 'button', ' type="submit"'),
    '</form>',
    t('login.footer', 'p', ' class="foot"'),
    '</div>',
    `<script>${script(words(english))}</script>`,
  ].join('');
}

/** Puts the form into index.html (not into graphiql.html), before the console's root element. */
export const signInShell = (): Plugin => ({
  name: 'fengqiao-sign-in-shell',
  transformIndexHtml: {
    order: 'pre',
    handler(html, ctx) {
      if (!ctx.filename.endsWith('index.html')) return html;
      return html.replace('<div id="root"></div>', `${signInShellHtml()}<div id="root"></div>`);
    },
  },
});
