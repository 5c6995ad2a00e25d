import { chineseDate } from '../../common/documents/format.js';
import type { PublicVillagePage } from './notice-board.service.js';
import { DEFAULT_SERVICE_SCOPE, DUTIES } from './notice-board.text.js';

// The public page of a village (`/v/<code>`): plain HTML rendered here, for a phone that has just scanned the QR code
// on the notice board. No script, no external file, one small inline style; every value is escaped.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A `tel:` link target: the digits (and a leading +) of a phone number as printed. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f6f3f2;color:#1f1f1f;font:16px/1.6 -apple-system,"PingFang SC","Noto Sans SC","Microsoft YaHei",sans-serif}
main{max-width:560px;margin:0 auto;background:#fff;min-height:100vh}
header{background:#b3261e;color:#fff;padding:18px 20px}
header p{margin:0;font-size:14px;opacity:.9}
h1{margin:4px 0 0;font-size:24px;line-height:1.3}
section{padding:16px 20px;border-bottom:1px solid #eee}
h2{margin:0 0 8px;font-size:16px;color:#b3261e}
.adviser{display:flex;gap:16px;align-items:center}
.adviser img,.adviser .nophoto{width:96px;height:128px;object-fit:cover;border:1px solid #ddd;background:#f3f3f3;flex:none}
.label{margin:0;color:#5f6368;font-size:13px}
.name{margin:0;font-size:28px;font-weight:700}
dl{margin:0;display:grid;grid-template-columns:5em 1fr;gap:6px 12px;align-items:baseline}
dt{color:#5f6368}
dd{margin:0}
a.phone{font-size:20px;font-weight:700;color:#b3261e;text-decoration:none}
ol{margin:0;padding-left:1.4em}
.notice{font-size:18px;font-weight:700}
footer{padding:16px 20px;color:#5f6368;font-size:13px;text-align:center}
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function heading(place: { county: string; township: string; village: { name: string } }, subtitle: string): string {
  return `<header>
<p>${escapeHtml([place.county, place.township].filter(Boolean).join(' '))}</p>
<h1>${escapeHtml(place.village.name)}</h1>
<p>${escapeHtml(subtitle)}</p>
</header>`;
}

function officeSection(
  title: string,
  labels: [string, string],
  office: { name: string; phone: string; address?: string | null } | null,
  township: string,
): string {
  const name = office?.name ?? `${township}司法所`;
  return `<section>
<h2>${escapeHtml(title)}</h2>
<dl>
<dt>${escapeHtml(labels[0])}</dt><dd>${escapeHtml(name)}</dd>
<dt>${escapeHtml(labels[1])}</dt><dd>${office?.phone ? `<a class="phone" href="${escapeHtml(telHref(office.phone))}">${escapeHtml(office.phone)}</a>` : '—'}</dd>
${office?.address ? `<dt>地址</dt><dd>${escapeHtml(office.address)}</dd>` : ''}
</dl>
</section>`;
}

function footer(county: string): string {
  return `<footer>${escapeHtml(county ? `${county}司法局` : '县司法局')}监制</footer>`;
}

/** The page for a village code: its adviser's board, the office to turn to, or that the village was merged. */
export function publicVillageHtml(page: PublicVillagePage, photoUrl: string): string {
  switch (page.kind) {
    case 'covered': {
      const { board } = page;
      const photo = page.hasPhoto
        ? `<img src="${escapeHtml(photoUrl)}" alt="${escapeHtml(`${board.adviser.name}的照片`)}" width="96" height="128">`
        : '<div class="nophoto" aria-hidden="true"></div>';
      const scope = board.adviser.serviceScope.trim() || DEFAULT_SERVICE_SCOPE;
      return layout(
        `${board.village.name}法律顾问`,
        `${heading(board, '村（社区）法律顾问公示')}
<section class="adviser">
${photo}
<div>
<p class="label">法律顾问</p>
<p class="name">${escapeHtml(board.adviser.name)}</p>
</div>
</section>
<section>
<dl>
<dt>职业类别</dt><dd>${escapeHtml(board.adviser.profession)}</dd>
<dt>执业机构</dt><dd>${escapeHtml(board.adviser.provider ?? '—')}</dd>
<dt>服务方式</dt><dd>${escapeHtml(board.serviceMode)}</dd>
<dt>联系电话</dt><dd><a class="phone" href="${escapeHtml(telHref(board.adviser.phone))}">${escapeHtml(board.adviser.phone)}</a></dd>
</dl>
</section>
<section>
<h2>服务范围</h2>
<p>${escapeHtml(scope)}</p>
</section>
<section>
<h2>工作职责</h2>
<ol>${DUTIES.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ol>
</section>
${officeSection('监督', ['监督单位', '监督电话'], board.office, board.township)}
<footer>${escapeHtml(board.county ? `${board.county}司法局` : '县司法局')}监制　公示日期：${escapeHtml(chineseDate(board.date))}<br>对法律顾问的服务有意见或建议，请拨打监督电话向司法所反映。</footer>`,
      );
    }
    case 'uncovered':
      return layout(
        `${page.village.name}法律服务`,
        `${heading(page, '村（社区）法律顾问公示')}
<section>
<p class="notice">本村（社区）的法律顾问正在安排中。</p>
<p>需要法律咨询、调解纠纷，请联系乡镇司法所。</p>
</section>
${officeSection('乡镇司法所', ['单位', '电话'], page.office, page.township)}
${footer(page.county)}`,
      );
    case 'retired': {
      const merged = page.mergedInto
        ? `<p>已并入${escapeHtml(page.mergedInto.township && page.mergedInto.township !== page.township ? `${page.mergedInto.township} ` : '')}<a href="${escapeHtml(`/v/${page.mergedInto.code}`)}">${escapeHtml(page.mergedInto.name)}</a>，请查看该村（社区）的法律顾问。</p>`
        : '';
      return layout(
        `${page.village.name}（已撤并）`,
        `${heading(page, '村（社区）法律顾问公示')}
<section>
<p class="notice">本村（社区）已于${escapeHtml(chineseDate(page.retiredOn))}撤并。</p>
${merged}
<p>需要法律服务，请联系乡镇司法所。</p>
</section>
${officeSection('乡镇司法所', ['单位', '电话'], page.office, page.township)}
${footer(page.county)}`,
      );
    }
  }
}

/** The page for a code that names no village. */
export function notFoundHtml(): string {
  return layout(
    '未找到该村（社区）',
    `<header><h1>未找到该村（社区）</h1></header>
<section><p>二维码或链接中的村（社区）代码不存在。请核对公示牌上的信息，或拨打公示牌上的监督电话。</p></section>`,
  );
}

/** The page for an address that opened too many pages. */
export function tooManyHtml(retryAfterSeconds: number): string {
  return layout(
    '访问过于频繁',
    `<header><h1>访问过于频繁</h1></header>
<section><p>请在 ${escapeHtml(String(retryAfterSeconds))} 秒后再试。</p></section>`,
  );
}
