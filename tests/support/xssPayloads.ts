/**
 * Known XSS and filter-evasion payloads (after the OWASP cheat sheet and
 * html5sec.org). Each one, if it ran, would set window.__xss or open a dialog.
 */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>window.__xss=1</script>',
  '<SCRIPT>window.__xss=2</SCRIPT>',
  '<ScRiPt >window.__xss=3</sCrIpT >',
  '<script src="data:text/javascript,window.__xss=4"></script>',
  '<img src="x" onerror="window.__xss=5">',
  '<IMG SRC=x ONERROR=window.__xss=6>',
  '<img src=x oNeRrOr=alert(7)>',
  '<svg onload="window.__xss=8"></svg>',
  '<svg><script>window.__xss=9</script></svg>',
  '<svg><animate onbegin="window.__xss=10" attributeName="x" dur="1s"></animate></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=11"></style></mglyph></table></mtext></math>',
  '<math href="javascript:window.__xss=12">bấm</math>',
  '<a href="javascript:window.__xss=13">bấm vào đây</a>',
  '<a href="JaVaScRiPt:window.__xss=14">bấm</a>',
  '<a href="jav&#x09;ascript:window.__xss=15">bấm</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=16">bấm</a>',
  '<a href=" javascript:window.__xss=17">bấm</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">dữ liệu</a>',
  '<a href="vbscript:msgbox(19)">vb</a>',
  '[liên kết](javascript:window.__xss=20)',
  '[liên kết mã hóa](javascript&#58;window.__xss=21)',
  '![ảnh](javascript:window.__xss=22)',
  '<iframe src="javascript:window.__xss=23"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=24</script>"></iframe>',
  '<object data="javascript:window.__xss=25"></object>',
  '<embed src="javascript:window.__xss=26">',
  '<form action="javascript:window.__xss=27"><button>gửi</button></form>',
  '<details open ontoggle="window.__xss=28"><summary>x</summary></details>',
  '<body onload="window.__xss=29">',
  '<input autofocus onfocus="window.__xss=30">',
  '<video><source onerror="window.__xss=31"></video>',
  '<style>@import "javascript:window.__xss=32";</style>',
  '<div style="background:url(javascript:window.__xss=33)">kiểu</div>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=34">',
  '<base href="javascript:window.__xss=35//">',
  '<scr<script>ipt>window.__xss=36</scr</script>ipt>',
  '<img src="x" onerror="window.__xss=37"',
  '<<script>script>window.__xss=38<</script>/script>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=39>"></noscript>',
  '<template><script>window.__xss=40</script></template>',
  '<a href="#" onclick="window.__xss=41">nhấp</a>',
  '<p onmouseover="window.__xss=42">di chuột</p>',
];

/** Markdown for an article body: normal text, then every payload in its own block. */
export function xssArticleBody(marker: string): string {
  return [`${marker}`, '', '| Cột | Giá trị |', '|---|---|', '| a | 1 |', '', ...XSS_PAYLOADS.flatMap((p) => [p, ''])].join('\n');
}
