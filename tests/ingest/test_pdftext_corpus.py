"""The real issue (text extracted from its PDF): the structure an editor sees in it.

Expected values come from reading ../shared/corpus/china-trends-22/issue.pdf.txt by hand.
"""

from __future__ import annotations

import pytest

from claimcheck.ingest import load_document
from conftest import ISSUE_TXT, WEB_TXT, requires_corpus

pytestmark = [requires_corpus, pytest.mark.corpus]


@pytest.fixture(scope="module")
def doc():
    return load_document(ISSUE_TXT)


def test_four_articles_with_their_running_titles(doc):
    assert [a.title for a in doc.articles] == [
        "Introduction",
        "The Rise of Private Space Actors’ Ambitions",
        "Let Me Play Among the Stars: The U.S. as the Benchmark",
        None,  # the last article's pages carry no running title in this extraction
    ]
    assert [a.location.line for a in doc.articles] == [1, 188, 631, 1046]


def test_footnote_numbers_per_article(doc):
    notes = [[n.number for n in a.footnotes] for a in doc.articles]
    assert notes[0] == [1, 2, 3, 4, 5, 5]  # the second 5 is a real numbering error
    assert notes[1] == list(range(1, 27))
    assert notes[2] == list(range(1, 23))
    assert notes[3] == list(range(1, 15))  # notes 15-21 are not in the extracted text


def test_in_text_references_per_article(doc):
    refs = [[r.number for r in a.refs] for a in doc.articles]
    assert refs[0] == [1, 2, 3, 4, 5, 6]
    assert refs[1] == list(range(1, 27))
    assert refs[2] == list(range(1, 23))
    assert refs[3] == list(range(1, 22))


@pytest.mark.parametrize(
    ("article", "line", "column", "number"),
    [
        (0, 23, 21, 1),  # “no end.” 1
        (0, 33, 50, 3),  # “leading the pack.”3
        (1, 256, 42, 2),  # the legal system 2—for
        (1, 295, 33, 4),  # mainstream. 4, 5, 6
        (1, 372, 35, 8),  # 580 billion euros in 2023 8 and
        (1, 426, 14, 16),  # Mi 15 Ultra, 16 (the 15 is a phone's name)
        (2, 970, 27, 19),  # after “Shenzhou 19 aimed …” the real reference 19
        (3, 1276, 18, 13),  # peaceful use of space 13 and
    ],
)
def test_reference_locations(doc, article, line, column, number):
    ref = next(r for r in doc.articles[article].refs if r.number == number)
    assert (ref.location.line, ref.location.column) == (line, column)
    assert doc.source.line_text(line)[column - 1 :].startswith(str(number))


def test_names_with_numbers_are_not_references(doc):
    text = " ".join(b.text for b in doc.iter_blocks())
    for phrase in [
        "Tianwen 1 mission",
        "Shenzhou 19 aimed",
        "Mi 15 Ultra",
        "Mate 60 Pro",
        "LM-11 rocket",
        "Tianwen 3 mission",
    ]:
        assert phrase in text


def test_every_footnote_body_has_its_full_text_and_urls(doc):
    a2 = doc.articles[1]
    note14 = a2.footnotes[13]
    assert note14.text.startswith(
        "“China home to 4 million 5G base stations,” Government of the People’s Republic of China, September 25, 2024"
    )
    assert note14.urls == (
        "https://english.www.gov.cn/archive/statistics/202409/25/content_WS66f40117c6d0868f4e8eb416.html",
    )
    assert a2.footnotes[1].urls == (
        "https://www.celis.institute/celis-blog/lessons-learned-from-the-kleo-connect-case/",
    )
    assert a2.footnotes[12].urls == ("https://baijiahao.baidu.com/s?id=1811131363312698736&wfr=spider&for=pc",)
    assert a2.footnotes[10].urls == (
        "https://qz.com/1636667/chinas-carmakers-are-now-sponsoring-rocket-launches",
        "https://web.archive.org/web/20241217205805/https://www.cgwic.com/news/2024/20240807.html",
    )
    # the first note of article 2 is cut at a page break in this extraction
    assert a2.footnotes[0].urls == ("https://english",)
    a1 = doc.articles[0]
    assert a1.footnotes[1].urls == ("https://www.guancha.cn/ChenLan/2024_01_20_722815.shtml",)
    assert a1.footnotes[2].text.endswith("https://www.cssn.cn/skgz/bwyc/202404/t20240430_5748828.shtml.")
    a3 = doc.articles[2]
    assert a3.footnotes[10].urls == (
        "http://paper.people.com.cn/rmrb/html/2024-04/24/nw.D110000renmrb_20240424_5-01.htm",
    )
    assert (
        a3.footnotes[19]
        .urls[0]
        .startswith("https://english.www.gov.cn/news/202406/27/content_WS667d4b75c6d0868f4e8e8a16.html#:~:text=")
    )
    a4 = doc.articles[3]
    assert len(a4.footnotes[12].urls) == 3 and len(a4.footnotes[13].urls) == 5


def test_every_url_is_whole(doc):
    urls = [u for n in doc.iter_footnotes() for u in n.urls]
    # 77 'http' in the file, three of them archived URLs inside web.archive.org links
    assert len(urls) == 74
    broken = [u for u in urls if u.endswith(("-", "/n", "_")) or " " in u]
    assert broken == []


def test_hyphenation_and_cjk_joins(doc):
    text = " ".join(b.text for b in doc.iter_blocks())
    assert "Euro-American Mars Sample Return" in text
    assert "(2028–2031)" in text
    assert "the Cyberspace Force" in text
    assert "(创新卫星频率轨道资源管理手段)" in text
    assert "running side-by-side" in text
    assert "state-owned enterprises" in text


def test_page_furniture_is_set_apart(doc):
    blocks = list(doc.iter_blocks())
    kinds = {b.text: b.kind.value for b in blocks}
    assert kinds["Introduction"] == "furniture"  # a running title
    assert any(b.kind.value == "pull_quote" and b.text.startswith("Satellite internet is included in") for b in blocks)
    texts = [b.text for b in blocks if b.kind.value not in ("furniture", "pull_quote", "byline")]
    assert "Introduction" not in texts
    assert not any(t.startswith("Pierre Pinhas") or "Project Officer" in t for t in texts)
    assert not any(t.startswith("Satellite internet is included in") for t in texts)  # pull quote


def test_web_rendition_reads_as_one_article_without_references():
    web = load_document(WEB_TXT)
    assert len(web.articles) == 1
    assert list(web.iter_refs()) == [] and list(web.iter_footnotes()) == []
