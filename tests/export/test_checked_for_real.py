"""Exports checked by real tools: valid HTML by the Nu Html Checker, Arabic laid out right to
left by Chromium. Skipped when the tools are absent; `.ci/run` installs them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

import pytest

from studio.export import AssetMode, HtmlOptions, html_page, themes
from studio.library.records import AssetFile
from tests.export import checkers
from tests.export.conftest import make_png, sample_articles

PNG = make_png(60, 30)
SHA = hashlib.sha256(PNG).hexdigest()
EVERYTHING = f"""Intro with a footnote.[^1] and `code` and <b onclick="x">raw</b> html.

## A table

| name | value |
|:-----|------:|
| ا | 1 |

![A picture](asset:{SHA} "Its caption")

<div><p id="fn1">clashing id</p><script>alert(1)</script></div>

```python
print("x")
```

---

1. one
2. two

[^1]: The note.
"""


def _exports(tmp_path):
    lookup = {SHA: AssetFile(SHA, "image/png", "p.png", PNG)}.get
    pages = []
    articles = sample_articles()
    articles["everything"] = replace(articles["04-editing-glossary-mixed"], body=EVERYTHING)
    for stem, article in articles.items():
        for theme in themes():
            for toc in (False, True):
                export = html_page(article, HtmlOptions(theme, toc, AssetMode.EMBED), lookup)
                path = tmp_path / f"{stem}-{theme}-{toc}.html"
                path.write_text(export.html, "utf-8")
                pages.append(path)
    return pages


@pytest.mark.skipif(checkers.vnu_command() is None, reason="Java or vnu.jar not installed")
def test_every_sample_export_is_valid_html(tmp_path):
    pages = _exports(tmp_path)
    messages = checkers.vnu_messages(pages)
    assert messages == [], json.dumps(messages, ensure_ascii=False, indent=1)


# Runs in the exported page: for each paragraph, its computed direction and whether its first
# word stands at its right edge (right-to-left) or its left edge. A word, not a letter: in
# "SEO يعني…" the S is the left end of an English word that stands at the right.
_PROBE = """<script>
const out = [...document.querySelectorAll('.article-body p')].map(p => {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && !node.data.trim()) node = walker.nextNode();
  const range = document.createRange();
  const at = node.data.search(/\\S/);
  const space = node.data.slice(at).search(/\\s/);
  range.setStart(node, at); range.setEnd(node, space < 0 ? node.data.length : at + space);
  const c = range.getBoundingClientRect(), b = p.getBoundingClientRect();
  return {dir: getComputedStyle(p).direction, text: p.textContent.slice(0, 30),
          starts: Math.abs(b.right - c.right) < 3 ? 'right'
                : Math.abs(c.left - b.left) < 3 ? 'left' : 'middle'};
});
const pre = document.createElement('pre'); pre.id = 'probe';
pre.textContent = JSON.stringify(out); document.body.append(pre);
</script>"""


def _layout(tmp_path, stem):
    article = sample_articles()[stem]
    html = html_page(article).html.replace("</body>", _PROBE + "</body>")
    page = tmp_path / f"{stem}.html"
    page.write_text(html, "utf-8")
    dom = checkers.chromium_run(
        ["--window-size=900,1200", "--virtual-time-budget=3000", "--dump-dom", page.as_uri()],
        tmp_path / "profile",
    )
    probe = dom.split('<pre id="probe">')[1].split("</pre>")[0]
    return json.loads(probe.replace("&quot;", '"').replace("&amp;", "&"))


@pytest.mark.skipif(checkers.chromium() is None, reason="Chromium not installed")
def test_chromium_lays_arabic_paragraphs_out_right_to_left(tmp_path):
    paragraphs = _layout(tmp_path, "01-web-writing-ar")
    assert len(paragraphs) >= 5
    for paragraph in paragraphs:
        assert (paragraph["dir"], paragraph["starts"]) == ("rtl", "right"), paragraph
    # The mixed article: Arabic paragraphs right to left, the English quotation left to right.
    mixed = _layout(tmp_path, "04-editing-glossary-mixed")
    english = [p for p in mixed if p["text"].startswith("This draft")]
    assert [(p["dir"], p["starts"]) for p in english] == [("ltr", "left")]
    assert all(p["dir"] == "rtl" and p["starts"] == "right" for p in mixed if p not in english)


@pytest.mark.skipif(checkers.chromium() is None, reason="Chromium not installed")
def test_chromium_lays_english_paragraphs_out_left_to_right(tmp_path):
    paragraphs = _layout(tmp_path, "03-article-brief-en")
    assert paragraphs
    assert all((p["dir"], p["starts"]) == ("ltr", "left") for p in paragraphs), paragraphs


_WIDTH_PROBE = """<script>
const pre = document.createElement('pre'); pre.id = 'probe';
pre.textContent = JSON.stringify([...document.querySelectorAll('.article-body :is(p, td)')]
  .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.slice(0, 30)));
document.body.append(pre);
</script>"""
LONG_URL = "https://example.com/" + "/".join(["averylongsegmentwithoutanyspaces"] * 8) + ".html"


@pytest.mark.skipif(checkers.chromium() is None, reason="Chromium not installed")
@pytest.mark.parametrize("theme", themes())
def test_a_long_url_wraps_instead_of_widening_the_page(tmp_path, theme):
    # Found by looking: an unbroken URL in an Arabic article pushed the page wider than the
    # window, and right to left the overflow went off the left edge, cutting every line.
    article = replace(
        sample_articles()["01-web-writing-ar"],
        body=f"رابط طويل: {LONG_URL}\n\n| عمود | رابط |\n| --- | --- |\n| نص | {LONG_URL} |\n",
    )
    html = html_page(article, HtmlOptions(theme)).html.replace("</body>", _WIDTH_PROBE + "</body>")
    page = tmp_path / "long.html"
    page.write_text(html, "utf-8")
    dom = checkers.chromium_run(
        ["--window-size=600,900", "--virtual-time-budget=3000", "--dump-dom", page.as_uri()],
        tmp_path / "profile",
    )
    overflowing = json.loads(dom.split('<pre id="probe">')[1].split("</pre>")[0])
    assert overflowing == []
