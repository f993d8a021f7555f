"""Rule selectors (``ALL``, a family ``FN`` or ``footnotes``, a code ``FN001`` or a prefix
``FN00``, a rule name) and which rules they pick: used by the settings (``select``,
``ignore``, ``per-file-ignores``) and by inline suppressions."""

from __future__ import annotations

import re

__all__ = ["FAMILY_NAMES", "broad", "family_code", "matches"]


#: rule families by the name ``claimcheck rule`` prints ("Family: footnotes")
FAMILY_NAMES = {
    "footnotes": "FN",
    "acronyms": "AC",
    "lists": "LS",
    "citations": "CT",
    "numbers-and-units": "NU",
    "numbers": "NU",
    "dates-and-time-windows": "DT",
    "dates": "DT",
    "names": "NM",
    "quotations": "QT",
    "registry": "RG",
    "claimcheck-itself": "CC",
    "arithmetic": "AR",
}


def family_code(selector: str) -> str | None:
    key = re.sub(r"[\s_]+", "-", selector.strip().lower())
    return FAMILY_NAMES.get(key)


def broad(selector: str) -> bool:
    s = selector.strip()
    return s.upper() == "ALL" or bool(re.fullmatch(r"[A-Za-z]{2}", s)) or family_code(s) is not None


def matches(selector: str, code: str, name: str) -> bool:
    """Does ``selector`` (ALL, a family 'FN' or 'footnotes', a code 'FN001' or a prefix
    'FN00', or a rule name) pick this rule?"""
    s = selector.strip()
    if s.upper() == "ALL":
        return True
    family = family_code(s)
    if family is not None:
        return code.startswith(family)
    if re.fullmatch(r"[A-Za-z]{2}", s):
        return code.startswith(s.upper())
    if re.fullmatch(r"[A-Za-z]{2}\d{1,3}", s):
        return code.startswith(s.upper())
    return s.lower() == name
