"""Pinyin data for the name rules: valid syllables and common Chinese family names.

The syllable pattern covers standard Mandarin pinyin written without tone marks; the
family names are the most common ones in romanised form (plus compound ones), enough to
recognise names like "Dai Zheng" or "Feng Hua" in English text.
"""

from __future__ import annotations

import re

_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = (
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|üan|"
    r"ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ue|üe|ve|ui|a|o|e|i|u|ü|v)"
)
SYLLABLE = re.compile(rf"{_INITIAL}{_FINAL}")
_GIVEN = re.compile(rf"^(?:{_INITIAL}{_FINAL}){{1,2}}$")

FAMILY_NAMES = frozenset(
    """
    ai an bai ban bao bei bi bian cai cao cen chai chang chao chen cheng chi chu cui dai deng
    di diao ding dong dou du duan fan fang fei feng fu gan gao ge geng gong gu guan guo han hao
    he hong hou hu hua huang ji jia jiang jiao jin jing kang ke kong kuang lai lan lang lei li
    lian liang liao lin ling liu long lou lu luo lü lv ma mao mei meng mi miao min mo mu ni nie
    ning niu ou pan pang pei peng qi qian qiao qin qiu qu ren rong ruan shao shen sheng shi
    shu song su sun tan tang tao teng tian tong wan wang wei wen weng wu xi xia xiang xiao xie
    xin xiong xu xue yan yang yao ye yi yin ying yong you yu yuan yue yun zeng zhai zhan zhang
    zhao zheng zhong zhou zhu zhuang zou ouyang sima zhuge shangguan
    """.split()
)


def is_pinyin_given_name(word: str) -> bool:
    """One or two pinyin syllables written together ('Zheng', 'Shiyao', 'Jinping')."""
    return bool(_GIVEN.match(word.lower()))


def is_family_name(word: str) -> bool:
    return word.lower() in FAMILY_NAMES
