/**
 * The report's own style and script, inlined into every report (no network, no external fonts). Both are hashed
 * into the page's Content-Security-Policy, so they must be emitted exactly as written here.
 *
 * Conventions follow legal redlines: deletions struck through, insertions underlined, each in its own colour and
 * never by colour alone, so a black-and-white print still reads.
 */

export const STYLE = `
:root {
  color-scheme: light dark;
  --paper: #fbfaf6; --ink: #1c2025; --muted: #5c6470; --rule: #e3dfd5; --accent: #1f5a8c;
  --del: #a8151b; --del-bg: #fbe9e8; --ins: #0c6532; --ins-bg: #e2f3e7; --chg-bg: #fff4cc; --bar: #d9a520;
  --mod: #7d5200; --mod-bg: #fbeccb; --ren: #1d5b94; --ren-bg: #e2edf9; --mov: #673c9b; --mov-bg: #eee5f9;
  --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, "Iowan Old Style", Georgia, "Liberation Serif", "DejaVu Serif", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --paper: #15171b; --ink: #e7e5e0; --muted: #a0a7b1; --rule: #30343b; --accent: #8dbbe6;
    --del: #ff9c96; --del-bg: #3d1d1f; --ins: #86e0a6; --ins-bg: #16351f; --chg-bg: #302a12; --bar: #b88a1c;
    --mod: #f2c76b; --mod-bg: #3a2e12; --ren: #9cc8f2; --ren-bg: #182c42; --mov: #cfb2f5; --mov-bg: #2d2142;
  }
}
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { margin: 0; font: 17px/1.6 var(--serif); -webkit-text-size-adjust: 100%; }
a { color: var(--accent); }
.masthead, .layout, footer { max-width: 74rem; margin: 0 auto; padding-left: 1.5rem; padding-right: 1.5rem; }
.masthead { padding-top: 2.25rem; padding-bottom: 1.25rem; border-bottom: 1px solid var(--rule); font-family: var(--sans); }
.kicker { margin: 0 0 .3rem; font-size: .75rem; letter-spacing: .09em; text-transform: uppercase; color: var(--muted); }
h1 { margin: 0 0 .8rem; font: 600 1.85rem/1.25 var(--serif); overflow-wrap: anywhere; }
.versions { display: flex; flex-wrap: wrap; gap: .5rem 2.5rem; margin: 0 0 .6rem; font-size: .92rem; }
.versions dt { font-size: .7rem; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
.versions dd { margin: 0; overflow-wrap: anywhere; }
.versions time { color: var(--muted); margin-left: .4em; }
.stats, .title-change { margin: .2rem 0; font-size: .95rem; }
.notice { margin: 1rem 0 .25rem; padding: .8rem 1rem; border-left: 4px solid var(--muted); border-radius: 0 6px 6px 0; background: var(--rule); font-size: .93rem; }
.notice p { margin: 0 0 .3rem; }
.notice .headline { font-weight: 700; font-size: 1rem; }
.notice ul { margin: .4rem 0 0; padding-left: 1.2rem; }
.notice .where { color: var(--muted); }
.notice q { font-style: italic; }
.notice.level-significant { border-color: var(--del); background: var(--del-bg); }
.notice.level-significant .headline { color: var(--del); }
.notice.level-minor { border-color: var(--bar); background: var(--mod-bg); }
.notice.level-editorial, .notice.level-none { border-color: var(--ren); background: var(--ren-bg); }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: .75rem 1.5rem; margin-top: 1.1rem; font-size: .88rem; }
.legend { margin: 0; display: flex; gap: .6rem; align-items: center; }
.legend del, .legend ins, .legend .chg { padding: .05em .35em; }
.toggle { display: inline-flex; margin: 0; padding: 2px; border: 1px solid var(--rule); border-radius: 999px; }
.toggle legend, .toggle input { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); opacity: 0; }
.toggle label { padding: .3rem .95rem; border-radius: 999px; cursor: pointer; user-select: none; }
.toggle input:checked + label { background: var(--ink); color: var(--paper); }
.toggle input:focus-visible + label { outline: 2px solid var(--accent); outline-offset: 2px; }
.expand-all { font: inherit; color: var(--accent); background: transparent; border: 1px solid var(--rule); border-radius: 6px; padding: .3rem .8rem; cursor: pointer; }
.layout { display: grid; grid-template-columns: 14.5rem minmax(0, 1fr); gap: 3rem; padding-top: 1.75rem; }
.toc { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; font: .84rem/1.35 var(--sans); }
.toc h2 { margin: 0 0 .6rem; font-size: .72rem; letter-spacing: .09em; text-transform: uppercase; color: var(--muted); }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: .45rem 0; }
.toc ol ol { margin: .3rem 0 0 .15rem; padding-left: .75rem; border-left: 2px solid var(--rule); }
.toc a { color: var(--ink); text-decoration: none; }
.toc a:hover { text-decoration: underline; }
.toc li.quiet > a { color: var(--muted); }
.toc .badge { font-size: .62rem; margin-left: .2rem; }
main { min-width: 0; max-width: 44rem; }
body:has(#view-sbs:checked) main { max-width: none; }
.badge { display: inline-block; padding: .3em .5em; border-radius: 4px; font: 600 .66rem/1 var(--sans); letter-spacing: .05em; text-transform: uppercase; white-space: nowrap; vertical-align: .25em; color: var(--tone, var(--muted)); background: var(--tint, transparent); }
.st-added { --tone: var(--ins); --tint: var(--ins-bg); }
.st-removed { --tone: var(--del); --tint: var(--del-bg); }
.st-modified, .st-inside { --tone: var(--mod); --tint: var(--mod-bg); }
.st-renamed { --tone: var(--ren); --tint: var(--ren-bg); }
.st-moved { --tone: var(--mov); --tint: var(--mov-bg); }
.st-unchanged, .st-formatting { box-shadow: inset 0 0 0 1px var(--rule); }
.chapter-group { margin-bottom: 2.25rem; }
.sec { margin: 0 0 1.6rem; }
.heading { margin: 0 0 .45rem; font-family: var(--serif); line-height: 1.3; overflow-wrap: anywhere; }
/* Sizes follow the section's level, not the tag: in a history, chapters are h3 under each change's h2. */
.heading.l1 { font-size: 1.38rem; }
.heading.l2 { font-size: 1.13rem; }
.heading.l3 { font-size: 1rem; }
.entry { margin: 0 0 2.75rem; padding-bottom: 1.25rem; border-bottom: 2px solid var(--rule); }
.entry-heading { margin: 0 0 .35rem; font: 600 1.5rem/1.3 var(--serif); overflow-wrap: anywhere; }
.entry-summary { margin: 0 0 .35rem; font-style: italic; }
.entry-notice { margin: 0 0 .35rem; font-weight: 600; }
.entry-details { list-style: none; margin: 0 0 .35rem; padding: 0; font: .84rem/1.5 var(--sans); color: var(--muted); }
.entry > .stats { margin-bottom: 1.1rem; font: .92rem/1.4 var(--sans); }
.sec.changed { padding-left: 1.1rem; border-left: 3px solid var(--bar); }
.sec.changed.formatting { border-left-color: var(--rule); }
.sec.changed.lvl-0 { padding-top: .1rem; }
.summary, .provenance { margin: 0 0 .7rem; font: .84rem/1.4 var(--sans); color: var(--muted); }
.redline p, .text p, .col p { margin: 0 0 .65em; hyphens: auto; overflow-wrap: break-word; }
p.li { padding-left: 1.3em; text-indent: -1.3em; margin-bottom: .25em; }
.marker { display: inline-block; width: 1.3em; text-indent: 0; color: var(--muted); }
del { color: var(--del); background: var(--del-bg); text-decoration: line-through; text-decoration-thickness: .09em; }
ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; text-decoration-thickness: .09em; text-underline-offset: .18em; }
del.whole, ins.whole, .old-heading { background: transparent; }
del, ins, .chg { border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.chg { background: var(--chg-bg); padding: .05em 0; }
.fmt { text-decoration: underline dotted var(--muted); text-underline-offset: .2em; }
/* Screen readers announce neither <del> nor <ins>: say it in text that is not shown (and not copied). */
main del::before, main del::after, main ins::before, main ins::after {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
main del::before { content: " [deleted: "; }
main ins::before { content: " [inserted: "; }
main del::after, main ins::after { content: "] "; }
.img-alt { color: var(--muted); }
details > summary { cursor: pointer; list-style: none; }
details > summary::-webkit-details-marker { display: none; }
details > summary::before { content: "\\25B8"; display: inline-block; width: 1.1em; color: var(--muted); transition: transform .15s; }
details[open] > summary::before { transform: rotate(90deg); }
summary .heading { display: inline; }
details.chapter { padding: .55rem 0 .35rem; border-top: 1px solid var(--rule); }
details.chapter > summary .heading { color: var(--muted); font-weight: 600; }
details.chapter[open] > summary { margin-bottom: .6rem; }
details.chapter .text, details.chapter .sub { padding-left: 1.1rem; }
.elided { margin: .3rem 0; font: .84rem/1.4 var(--sans); color: var(--muted); }
details.fold > summary { margin-bottom: .4rem; font: .84rem/1.4 var(--sans); color: var(--muted); }
.sub .heading { font-size: 1rem; margin-top: .8rem; }
.sbs { display: none; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.75rem; }
body:has(#view-sbs:checked) .sbs { display: grid; }
body:has(#view-sbs:checked) .redline { display: none; }
.col { min-width: 0; }
.col.new { padding-left: 1.75rem; border-left: 1px solid var(--rule); }
.colhead { margin-bottom: .6rem; padding-bottom: .35rem; border-bottom: 1px solid var(--rule); font: 600 .7rem/1.2 var(--sans); letter-spacing: .07em; text-transform: uppercase; color: var(--muted); overflow-wrap: anywhere; }
.empty { color: var(--muted); font-style: italic; }
.line { font: .75rem var(--sans); color: var(--muted); }
.extra h2 { font-size: 1.1rem; }
.note, .omitted { font: .88rem/1.45 var(--sans); color: var(--muted); }
footer { margin-top: 2.5rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--rule); font: .78rem var(--sans); color: var(--muted); }
@media (max-width: 900px) {
  .layout { grid-template-columns: minmax(0, 1fr); gap: 1.5rem; }
  .toc { position: static; max-height: none; }
  .sbs { grid-template-columns: minmax(0, 1fr); }
  .col.new { padding-left: 0; border-left: 0; }
}
@media print {
  :root {
    color-scheme: light;
    --paper: #fff; --ink: #000; --muted: #555; --rule: #ccc; --accent: #000;
    --del: #a8151b; --del-bg: transparent; --ins: #0c6532; --ins-bg: transparent; --chg-bg: #fff4cc;
  }
  html, body { background: #fff; color: #000; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .controls, .expand-all { display: none !important; }
  .layout { display: block; max-width: none; padding: 0; }
  .masthead, footer { max-width: none; padding-left: 0; padding-right: 0; }
  .toc { position: static; max-height: none; overflow: visible; margin-bottom: 1.5rem; }
  main { max-width: none; }
  .sbs { display: none !important; }
  .redline { display: block !important; }
  details::details-content { content-visibility: visible; display: contents; }
  details > summary::before { content: none; }
  details.chapter > summary .heading { color: var(--ink); }
  .heading { break-after: avoid; }
  p { orphans: 3; widows: 3; }
  main a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .85em; color: var(--muted); }
}
`;

export const SCRIPT = `
(() => {
  const all = () => Array.from(document.querySelectorAll('details'));
  const button = document.querySelector('.expand-all');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-pressed') !== 'true';
      for (const details of all()) details.open = open;
      button.setAttribute('aria-pressed', String(open));
      button.textContent = open ? 'Collapse all' : 'Expand all';
    });
  }
  // Browsers leave closed <details> out of print; open them for printing and close them again after.
  let closed = [];
  addEventListener('beforeprint', () => { closed = all().filter((d) => !d.open); for (const d of closed) d.open = true; });
  addEventListener('afterprint', () => { for (const d of closed) d.open = false; closed = []; });
  // Following a contents link into a folded chapter unfolds it.
  const reveal = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    for (let node = id && document.getElementById(id); node; node = node.parentElement) {
      if (node.tagName === 'DETAILS') node.open = true;
    }
  };
  addEventListener('hashchange', reveal);
  reveal();
  // A trimmed report (a long history) leaves its side-by-side columns empty: they are the redline without its
  // insertions (before) and without its deletions (after), made here when they are first shown.
  const columns = () => {
    for (const sbs of document.querySelectorAll('.sbs[data-old]')) {
      if (sbs.childElementCount > 0) continue;
      for (const side of ['old', 'new']) {
        const column = document.createElement('div');
        column.className = 'col ' + side;
        const head = document.createElement('div');
        head.className = 'colhead';
        head.textContent = sbs.dataset[side];
        const text = sbs.previousElementSibling.cloneNode(true);
        for (const gone of text.querySelectorAll(side === 'old' ? 'ins' : 'del')) gone.remove();
        for (const paragraph of text.querySelectorAll('p')) if (paragraph.textContent.trim() === '') paragraph.remove();
        if (text.childElementCount === 0) text.innerHTML = '<p class="empty">(no text)</p>';
        column.append(head, ...text.childNodes);
        sbs.append(column);
      }
    }
  };
  const sideBySide = document.getElementById('view-sbs');
  if (sideBySide) {
    sideBySide.addEventListener('change', columns);
    if (sideBySide.checked) columns();
  }
})();
`;
