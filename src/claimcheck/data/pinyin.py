"""Pinyin data for the name rules: valid syllables and common Chinese family names.

The syllable pattern covers standard Mandarin pinyin written without tone marks; the
family names are the most common ones in romanised form (plus compound ones), enough to
recognise names like "Dai Zheng" or "Feng Hua" in English text.
"""

from __future__ import annotations

from claimcheck import lazyre as re

_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = (
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|üan|"
    r"ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ue|üe|ve|ui|a|o|e|i|u|ü|v)"
)
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


#: Chinese places written in pinyin (provinces and regions, province-level and large
#: cities, launch and test sites), joined and lower case: "Hong Kong", "Xi Chang" or a line
#: break in "Wen\nchang" must not read as a person. Source: the administrative divisions
#: of the People's Republic of China (provinces, autonomous regions, municipalities, SARs,
#: prefecture-level cities over three million people) and the four launch centres.
PLACES = frozenset(
    """
    beijing tianjin shanghai chongqing hebei shanxi liaoning jilin heilongjiang jiangsu
    zhejiang anhui fujian jiangxi shandong henan hubei hunan guangdong hainan sichuan
    guizhou yunnan shaanxi gansu qinghai taiwan guangxi xizang ningxia xinjiang
    neimenggu hongkong aomen macau xianggang
    shijiazhuang taiyuan hohhot huhehaote shenyang dalian changchun harbin haerbin nanjing
    suzhou wuxi hangzhou ningbo wenzhou hefei fuzhou xiamen quanzhou nanchang jinan qingdao
    yantai zhengzhou luoyang wuhan changsha guangzhou shenzhen dongguan foshan zhuhai
    shantou nanning guilin haikou sanya chengdu mianyang guiyang kunming lhasa xian
    lanzhou xining yinchuan urumqi wulumuqi tangshan baoding handan xuzhou changzhou
    nantong linyi weifang zibo baotou datong anshan jiaxing shaoxing taizhou jinhua
    wenchang jiuquan xichang zhangjiang zhongguancun yangzhou zhenjiang jiamusi
    huangshan lijiang dunhuang kashgar kashi turpan tulufan yanan yan'an
    """.split()
)


def is_place(*parts: str) -> bool:
    """Do these words, joined, spell a Chinese place ("Hong", "Kong"; "Wen", "chang")?"""
    return "".join(parts).lower().replace("'", "").replace("’", "") in PLACES


def is_pinyin_given_name(word: str) -> bool:
    """One or two pinyin syllables written together ('Zheng', 'Shiyao', 'Jinping')."""
    return bool(_GIVEN.match(word.lower()))


def is_family_name(word: str) -> bool:
    return word.lower() in FAMILY_NAMES
