// A report document as a self-contained HTML page: server-rendered, every text escaped, styles inline (the CSP
// allows inline styles) and no script at all (script-src 'self').
import { cellText, isFigure, numberedTitles, recipientLine, symbolText, type ReportDocument } from './document.ts';
import { formatOfficialDate } from './format.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);

const STYLE = `
body{font-family:"Times New Roman",Times,serif;font-size:13pt;line-height:1.35;max-width:210mm;margin:0 auto;padding:15mm 15mm 20mm 25mm;color:#000;background:#fff}
.hdr{display:grid;grid-template-columns:2fr 3fr;text-align:center;gap:0 1em}
.hdr .body{font-weight:bold}.hdr .motto{font-weight:bold}.hdr .rule{width:40%;margin:2px auto 6px;border-top:1px solid #000}
.hdr .date{font-style:italic}
h1{font-size:14pt;text-align:center;margin:18pt 0 0}.title{font-weight:bold;text-align:center;margin:0}.subtitle{font-style:italic;text-align:center;margin:0 0 12pt}
h2{font-size:13pt;margin:12pt 0 4pt}h3{font-size:13pt;margin:8pt 0 4pt}
p{text-align:justify;text-indent:1cm;margin:0 0 6pt}
table.fig{border-collapse:collapse;width:100%;margin:4pt 0 8pt}table.fig th,table.fig td{border:1px solid #000;padding:2pt 5pt}
table.fig th{font-weight:bold;text-align:center}td.num{text-align:right;white-space:nowrap}
.ftr{display:grid;grid-template-columns:1fr 1fr;margin-top:18pt}.ftr .to{font-size:11pt}.ftr .to b{font-style:italic;font-size:12pt}
.ftr .to ul{list-style:none;padding:0;margin:0}.ftr .sign{text-align:center;font-weight:bold}.ftr .name{margin-top:60pt}
@media print{body{padding:0}}`;

const lines = (s: string) => s.split('\n').map(escapeHtml).join('<br>');

export function renderHtml(doc: ReportDocument): string {
  const h = doc.header;
  const titles = numberedTitles(doc.sections);
  const body = doc.sections
    .map((s, i) => {
      const heading = s.level === 1 ? `<h2>${escapeHtml(titles[i])}</h2>` : `<h3>${escapeHtml(titles[i])}</h3>`;
      const paras = (s.paragraphs ?? []).map((p) => `<p>${escapeHtml(p)}</p>`).join('');
      const table = s.table
        ? `<table class="fig"><thead><tr>${s.table.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${s.table.rows
            .map(
              (r) =>
                `<tr>${r.map((c) => `<td${isFigure(c) || typeof c === 'number' ? ' class="num"' : ''}>${escapeHtml(cellText(c, doc.lang))}</td>`).join('')}</tr>`,
            )
            .join('')}</tbody></table>`
        : '';
      return heading + paras + table;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${doc.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${doc.type} ${doc.title} ${doc.subtitle}`)}</title><style>${STYLE}</style></head>
<body>
<header class="hdr">
<div><div>${lines(h.issuing_parent)}</div><div class="body">${lines(h.issuing_body)}</div><div class="rule"></div><div>Số: ${escapeHtml(symbolText(h))}</div></div>
<div><div class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="motto">Độc lập - Tự do - Hạnh phúc</div><div class="rule"></div>
<div class="date">${escapeHtml(`${h.place}, ${formatOfficialDate(h.date)}`)}</div></div>
</header>
<h1>${escapeHtml(doc.type)}</h1><p class="title">${escapeHtml(doc.title)}</p><p class="subtitle">${escapeHtml(doc.subtitle)}</p>
<main>
${body}
${doc.closing ? `<p>${escapeHtml(doc.closing)}</p>` : ''}
</main>
<footer class="ftr">
<div class="to"><b>Nơi nhận:</b><ul>${h.recipients.map((r) => `<li>${escapeHtml(recipientLine(r))}</li>`).join('')}</ul></div>
<div class="sign"><div>${lines(h.signer_title)}</div><div class="name">${escapeHtml(h.signer_name)}</div></div>
</footer>
</body></html>
`;
}
