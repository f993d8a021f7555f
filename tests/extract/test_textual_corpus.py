"""The real issue (China Trends #22, PDF text): lists, acronyms, citations, dates, quotes.

Expectations are written from reading ``issue.pdf.txt``, not from extractor output.
Articles: 0 Introduction, 1 private space actors, 2 exploration, 3 military.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS_TXT = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "china-trends-22" / "issue.pdf.txt"

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(
        not CORPUS_TXT.is_file(),
        reason=f"the real issue is not here: {CORPUS_TXT} (../shared/corpus beside the repository)",
    ),
]

KINDS = ["date", "member_list", "acronym", "citation", "quotation"]


@pytest.fixture(scope="module")
def claims():
    from claimcheck.extract import extract
    from claimcheck.ingest import load_document

    doc = load_document(CORPUS_TXT)
    return doc, list(extract(doc, kinds=KINDS))


def of(claims, kind):
    return [c for c in claims[1] if c.kind == kind]


# ----------------------------------------------------------------------------- member lists
def test_the_two_ilrs_member_lists(claims):
    everything = of(claims, "member_list")
    # beside them, the three new entities listed after a colon (their sentence ends with no
    # space after its full stop in this text)
    entities, units = sorted((c for c in everything if c.declared_count == 3), key=lambda c: c.location.line)
    assert entities.raw_members[-1] == "the Information Support Force"
    # the same three forces again in the third article, "three subordinate units under the
    # Central Military Commission (CMC): …" (a phrase after the counted noun, its own
    # acronym in brackets, before the colon), each with its Chinese name beside it
    assert units.article == 3 and len(units.raw_members) == 3
    assert units.raw_members[0].startswith("the Military Aerospace Force")
    # (runs of names with no group of their own, "Europe, India, and Japan", are read too)
    lists = [c for c in everything if c not in (entities, units) and c.group]
    assert len(lists) == 2
    body, note = sorted(lists, key=lambda c: c.footnote is not None)
    assert body.article == 0 and body.footnote is None
    assert body.group == "the ILRS"
    assert body.raw_members == (
        "Venezuela",
        "South Africa",
        "Azerbaijan",
        "Pakistan",
        "Belarus",
        "Egypt",
        "Thailand",
        "Nicaragua",
        "Serbia",
        "Kazakhstan",
        "Senegal",
    )
    assert body.declared_count is None and body.as_of_text == "So far"
    assert note.article == 2 and note.footnote == "20"
    assert note.group == "China’s project for a lunar research station"
    assert note.declared_count == 12
    assert note.as_of.iso() == "2024-07"
    assert note.members == (
        "Azerbaijan",
        "Belarus",
        "China",
        "Egypt",
        "Kazakhstan",
        "Nicaragua",
        "Pakistan",
        "Russian Federation",
        "Serbia",
        "South Africa",
        "Thailand",
        "Venezuela",
    )
    # what a rule compares: Senegal only in the text, China and Russia only in the note
    assert set(body.members) - set(note.members) == {"Senegal"}
    assert set(note.members) - set(body.members) == {"China", "Russian Federation"}


# ----------------------------------------------------------------------------- acronyms
EXPECTED_ACRONYMS = [
    (0, "NGSO", "non-geostationary orbit", None),
    (0, "PLA", "People’s Liberation Army", None),
    (0, "SSF", "Strategic Support Force", None),
    (0, "ASF", "Military Aerospace Force", None),
    (0, "SSD", "Space Systems Department", None),
    (0, "ILRS", "International Lunar Research Station", None),
    (1, "SASTIND", "State-owned Assets Supervision and Administration Commission", None),
    (1, "SOEs", "state-owned enterprises", None),
    (1, "NGSO", "non-geostationary orbit", None),
    (1, "MIIT", "Ministry of Industry and Information Technology", None),
    (1, "CASC", "China Aerospace Science and Technology Corporation", None),
    (1, "SOEs", "state-owned enterprises", None),
    (2, "CNAS", "China National Space Administration", None),
    (2, "ILRS", "international lunar research station", None),
    (2, "SASTIND", "State Administration for Science, Technology, and Industry for National", None),
    (3, "PLA", "People’s Liberation Army", None),
    (3, "SSF", "Strategic Support Force", None),
    (3, "CMC", "Central Military Commission", None),
    (3, "ASF", "Military Aerospace Force", "军事航天部队"),
    (3, "SDI", "Strategic Defense Initiative", None),
    (3, "ISR", "intelligence, surveillance, and reconnaissance", None),
    (3, "A2/AD", "Anti-Access and Area-Denial", None),
    (3, "SOW", "stand-off weaponry", None),
    (3, "ASAT", "anti-satellite", None),
    (3, "CLTC", "China Satellite Launch and Tracking Control General", None),
    (3, "OSAM", "on-orbit servicing, assembly, and manufacturing", None),
]


def test_every_acronym_definition(claims):
    got = sorted((c.article, c.acronym, c.expansion, c.native) for c in of(claims, "acronym"))
    assert got == sorted(EXPECTED_ACRONYMS)
    # TT&C and SIGINT are used but never defined in the issue
    assert not [c for c in of(claims, "acronym") if c.acronym in ("TT&C", "SIGINT")]


def test_faithful_wrong_definitions_are_there_for_rules(claims):
    from claimcheck.extract.acronyms import letters_fit

    bad = {
        (c.acronym, c.expansion)
        for c in of(claims, "acronym")
        if not letters_fit(c.acronym, c.expansion, strict=True) and c.expansion[0].isupper()
    }
    assert ("CNAS", "China National Space Administration") in bad
    assert ("SASTIND", "State-owned Assets Supervision and Administration Commission") in bad
    assert ("PLA", "People’s Liberation Army") not in bad


# ----------------------------------------------------------------------------- citations
WA = "https://web.archive.org/web/"

# article 1 (The Rise of Private Space Actors' Ambitions): every footnote
ARTICLE_1 = [
    (1, "2024-08-09", "https://english"),  # the URL is cut off in the issue itself
    (2, "2023-12-15", "https://www.celis.institute/celis-blog/lessons-learned-from-the-kleo-connect-case/"),
    (3, None, "https://kleo-connect.com/"),
    (4, "2024-12-05", "https://mp.weixin.qq.com/s/oXw7a_nRiPI7SshBURQN0g"),
    (
        5,
        "2024-12-17",
        "https://www.miit.gov.cn/jgsj/wgj/gzdt/art/2024/art_e81a2a287ad043a18b0c21c10d6468dd.html?ref=srfiu.org.cn",
    ),
    (6, "2024-10-16", "https://mp.weixin.qq.com/s/j54dtFaEBw8CR53yV-7NSQ"),
    (7, "2024-12-08", "https://baijiahao.baidu.com/s?id=1817857812920255162&rcptid=2804907398100328420"),
    (8, "2024-04-20", "https://www.globaltimes.cn/page/202404/1311504.shtml"),
    (
        9,
        "2024-12-04",
        "https://www.scmp.com/economy/global-economy/article/3289184/whats-state-chinas-space-economy-commercial-launches-intensify",
    ),
    (10, "2014-11-26", "https://www.gov.cn/zhengce/content/2014-11/26/content_9260.htm"),
    (11, "2019-06-09", "https://qz.com/1636667/chinas-carmakers-are-now-sponsoring-rocket-launches"),
    (11, "2024-08-04", "https://www.cgwic.com/news/2024/20240807.html"),
    (12, "2024-08-21", "https://www.sohu.com/a/802536162_122006510"),
    (13, "2024-09-25", "https://baijiahao.baidu.com/s?id=1811131363312698736&wfr=spider&for=pc"),
    (
        14,
        "2024-09-25",
        "https://english.www.gov.cn/archive/statistics/202409/25/content_WS66f40117c6d0868f4e8eb416.html",
    ),
    (15, None, "https://consumer.huawei.com/cn/phones/mate60-pro/"),
    (16, "2025-01-06", "https://www.sohu.com/a/845896624_121798711"),
    (17, "2023-12-29", "https://baijiahao.baidu.com/s?id=1786420068737117167&wfr=spider&for=pc"),
    (18, "2024-04-26", "https://www.ithome.com/0/764/499.htm"),
    (19, "2024-11-16", "https://www.guancha.cn/gaotianwei/2024_11_16_755567.shtml"),
    (20, "2024-06-07", "https://www.guancha.cn/gaotianwei/2024_06_07_737297.shtml"),
    (
        21,
        "2024-05-10",
        "https://www.scmp.com/tech/tech-trends/article/3262198/chinese-chip-makers-rocket-developers-form-alliance-boost-commercial-space-industry",
    ),
    (22, "2023-12-07", "https://www.guancha.cn/internation/2023_12_07_718179.shtml"),
    (23, "2024-08-08", "https://www.guancha.cn/ChenLan/2024_08_08_744145.shtml"),
    (24, "2024-11-20", "https://english.news.cn/20241120/551db69890c044c68d882d54c837589d/c.html"),
    (25, "2025-01-25", "https://www.samenacouncil.org/samena_daily_news?news=104093"),
    (26, "2024-12-17", "https://www.guancha.cn/baiyujing/2024_12_17_759101_s.shtml"),
]


def cit(claims, article):
    return [(c.number, c.date.iso() if c.date else None, c.url) for c in of(claims, "citation") if c.article == article]


def test_every_citation_of_article_1(claims):
    assert cit(claims, 1) == ARTICLE_1


def test_introduction_citations(claims):
    assert cit(claims, 0) == [
        (1, "2024-09-24", "http://en.people.cn/n3/2024/0924/c90000-20222255.html"),
        (2, "2024-01-20", "https://www.guancha.cn/ChenLan/2024_01_20_722815.shtml"),
        (3, "2024-04", "https://www.cssn.cn/skgz/bwyc/202404/t20240430_5748828.shtml"),
        (4, "2020-12-17", "http://www.xinhuanet.com/politics/leaders/2020-12/17/c_1126869887.htm"),
        (5, "2024-07-16", "http://www.qstheory.cn/dukan/qs/2024-07/16/c_1130179405.htm"),
        # the issue numbers its sixth note "5" again
        (5, "2024-09-23", "https://www.cssn.cn/yw/202409/t20240923_5786200.shtml"),
    ]


def test_sample_of_articles_2_and_3(claims):
    a2 = {n: (d, u) for n, d, u in cit(claims, 2)}
    assert a2[4] == ("2022-10-17", "http://cpc.people.com.cn/20th/n1/2022/1017/c448334-32546343.html")
    assert a2[13] == ("2024-04", "https://www.cssn.cn/skgz/bwyc/202404/t20240430_5748828.shtml")
    assert a2[15] == (
        "2024-06-21",
        "https://www.scmp.com/news/china/science/article/3267371/china-calls-us-competitor-moon-race-first-time-position-strength",
    )
    # a date in April 2024 for a URL that says 2022: both kept as written for a rule to compare
    assert a2[18] == ("2024-04-16", "https://www.guancha.cn/ChenLan/2022_04_16_635181.shtml")
    assert a2[20][0] == "2024-06-27"
    assert a2[22] == ("2024-05-01", "https://www.guancha.cn/ChenLan/2024_05_01_733408.shtml")
    assert 6 not in a2 and 21 not in a2  # explanatory notes without a source
    a3 = cit(claims, 3)
    assert (1, "2024-04-19", "https://www.mod.gov.cn/gfbw/xwfyr/ztjzh/16302133.html") in a3
    assert (5, "2018-01-27", "http://www.81.cn/jfjbmap/content/2018-01/27/content_198053.htm") in a3
    assert (6, "2024", None) in a3  # the journal article without a link
    assert (8, "2022-12-24", "http://www.mod.gov.cn/gfbw/qwfb/4929086.html") in a3
    assert (
        11,
        "2024-08-16",
        "https://thediplomat.com/2024/08/china-advances-its-space-capabilities-enlarging-its-strategic-advantage",
    ) in a3
    assert (
        12,
        "2024-01-19",
        "https://www.csis.org/analysis/no-place-hide-look-chinas-geosynchronous-surveillance-capabilities",
    ) in a3
    assert [n for n, _, _ in a3].count(13) == 3
    assert [n for n, _, _ in a3].count(14) == 7
    assert (14, "2024-02-29", "http://www.mod.gov.cn/gfbw/xwfyr/lxjzhzt/2024njzh_247047/2024n2y/16289783.html") in a3


def test_archive_links(claims):
    archived = {(c.article, c.number): c for c in of(claims, "citation") if c.archive_url}
    assert set(archived) == {(1, 11), (2, 8), (2, 17)}
    c = archived[(1, 11)]
    assert c.archive_url == WA + "20241217205805/https://www.cgwic.com/news/2024/20240807.html"
    assert c.archive_captured.isoformat() == "2024-12-17T20:58:05"
    assert c.date.iso() == "2024-08-04"  # the capture time is not the publication date
    assert archived[(2, 8)].url == "https://www.ciis.org.cn/gjwtyj/dqqk/202403/P020240312354015010334.pdf"
    assert archived[(2, 8)].date.iso() == "2024-03"
    assert archived[(2, 17)].archive_captured.isoformat() == "2024-01-23T22:29:22"
    assert archived[(2, 17)].date.iso() == "2024-01"


def test_citation_fields(claims):
    by = {(c.article, c.number, c.url): c for c in of(claims, "citation")}
    c = by[(1, 8, "https://www.globaltimes.cn/page/202404/1311504.shtml")]
    assert c.authors == ("Tao Mingyang", "Wang Yi") and c.outlet == "Global Times"
    c = by[(3, 4, "http://www.81.cn/jfjbmap/content/2020-08/03/content_267506.htm")]
    assert c.authors == ("Liu Jiang", "Li Xiaolong", "Liu Yidan")
    c = by[(1, 22, "https://www.guancha.cn/internation/2023_12_07_718179.shtml")]
    assert c.authors == ("China Aerospace Science and Technology Corporation",)
    c = by[(0, 2, "https://www.guancha.cn/ChenLan/2024_01_20_722815.shtml")]
    assert c.title == "美国登月, 怎么不行了 ?"
    assert c.translated_title == "Why did the United States fail to land on the moon?"
    assert c.outlet == "Guancha"
    c = by[
        (
            1,
            21,
            "https://www.scmp.com/tech/tech-trends/article/3262198/chinese-chip-makers-rocket-developers-form-alliance-boost-commercial-space-industry",
        )
    ]
    assert c.authors == ("Coco Feng",) and c.title.startswith("Chinese chip makers")


def test_citation_count(claims):
    # 6 + 27 + 20 + 24 citations: article 2 has two notes without a source, article 3
    # holds notes of several sources each
    assert [len(cit(claims, a)) for a in range(4)] == [6, 27, 20, 24]


# ----------------------------------------------------------------------------- dates
def dates(claims):
    return of(claims, "date")


def test_key_dates(claims):
    ds = dates(claims)
    tianwen = [c for c in ds if c.text == "2028–2031"]
    assert len(tianwen) == 1
    assert (tianwen[0].date.iso(), tianwen[0].end_date.iso(), tianwen[0].event) == ("2028", "2031", "Tianwen-3 mission")
    aprils = [c for c in ds if c.text == "April 2024"]
    assert [c.article for c in aprils] == [0, 1, 3]
    assert all(c.date.precision == "month" for c in aprils)
    window = [c for c in ds if c.relative and c.text == "In just the past 12 months"]
    assert len(window) == 1
    r = window[0].relative
    assert (r.amount, r.unit, r.direction, r.anchor) == (12, "month", "past", "publication")
    assert window[0].footnotes == ("15", "16", "17")
    day = [c for c in ds if c.text == "mid-2010s"]
    assert day and (day[0].date.iso(), day[0].end_date.iso()) == ("2010", "2019")
    since = [c for c in ds if c.footnote == "11" and c.article == 3]
    assert [(c.text, c.qualifier) for c in since] == [("2018", "since")]
    as_of = [c for c in ds if c.footnote == "20"]
    assert [(c.text, c.qualifier) for c in as_of] == [("July 2024", "as of")]
    tiangong = [c for c in ds if c.article == 2 and c.event == "launched"]
    assert [c.text for c in tiangong] == ["2021"]
    assert any(c.text == "1958 to 1970" and c.end_date.iso() == "1970" for c in ds)
    assert any(c.text == "Two decades ago" and c.relative.unit == "decade" for c in ds)


def test_no_dates_from_citations_urls_or_identifiers(claims):
    ds = dates(claims)
    # footnotes give dates only in explanatory prose: art 1 notes 10 and 21, art 2 note 20, art 3 note 11
    assert sorted((c.article, c.footnote) for c in ds if c.footnote) == [(1, "10"), (1, "21"), (2, "20"), (3, "11")]
    for c in ds:
        assert "http" not in c.text and "/" not in c.text
    # "Made in China 2025" names a plan; "early 2025" dates the text
    assert not [c for c in ds if c.text == "2025" and "Made in China 2025" in c.sentence]
    assert [c.qualifier for c in ds if c.text == "2025"] == ["early"]
    # model names, footnote numbers and counts are not years
    assert not {c.text for c in ds} & {"11", "60", "19", "15", "100", "41", "17", "21"}


# ----------------------------------------------------------------------------- quotations
def test_quotations_and_speakers(claims):
    qs = of(claims, "quotation")
    speakers = {(c.article, c.speaker) for c in qs if c.speaker}
    for expected in [(0, "Xi Jinping"), (1, "Cao Meng"), (1, "BYD"), (1, "CASC"), (2, "Chen Lan"), (3, "Jiang Zemin")]:
        assert expected in speakers
    xi = [c for c in qs if c.speaker == "Xi Jinping" and c.article == 0]
    assert xi[0].quote.startswith("China is willing to work with all nations") and xi[0].footnotes == ("6",)
    # scare quotes and names in quotes are not quotations
    assert not [
        c
        for c in qs
        if c.quote.strip("“”,. ") in ("Sputnik moment", "no end", "Two Bombs, One Satellite", "Dong Fang Hong 1")
    ]
    # citation titles in footnotes are not quotations
    assert all(c.footnote is None or (c.article, c.footnote) == (3, "2") for c in qs)


def test_spans_map_into_their_units(claims):
    doc, cs = claims
    from claimcheck.extract import extract
    from claimcheck.extract.text import iter_units

    units: dict = {}
    for u in iter_units(doc):
        units.setdefault((u.article, u.block, u.footnote), []).append(u.text)
    for c in cs:
        # the introduction numbers two notes "5": either may hold the claim
        assert any(t[c.start : c.end] == c.text for t in units[(c.article, c.block, c.footnote)])
    # extraction is deterministic (its speed is measured in benchmarks/, never asserted here)
    assert extract(doc, kinds=KINDS) == extract(doc, kinds=KINDS)
