"""AC001-AC004 on shapes the unseen drafts wrote (issue 12, session 11): an acronym of a
name in another language translated two ways, an expansion's word given another suffix,
words before a name cut short, a last vowel left to a lost word, an acronym used in a
summary before the body defines it, an acronym before a capitalised word the document
defines. Our own sentences with a page of filler between the two places; and traps: the
original and one translation, a spelling of one word, a summary that defines the acronym,
a use before the definition in the body of a document that does not define its acronyms."""

from __future__ import annotations

from tests.rules._variants import variant_tests

_FILLER = (
    "\n\nThe harbour authority was reorganised twice in ten years, and its managers say the "
    "second change worked better than the first. Staff were consulted at every step, and the "
    "unions agreed the new rota in the spring.\n\nFreight volumes recovered slowly after the "
    "storms of the previous winter; the quays were repaired with money from the regional "
    "budget, and the ferries kept running throughout.\n\n"
)


def _two(first: str, second: str) -> str:
    return "## Section 1\n\n" + first + _FILLER + "## Section 2\n\n" + second


def _summary(summary: str, body: str) -> str:
    return "## Key findings\n\n" + summary + "\n\n## Section 1\n\n" + _FILLER + body


DEFECTS = {
    "AC001 a translated name, two translations": _two(
        "The accounts were audited by the Federal Court of Audit (BRH) in 2022.",
        "The Federal Audit Office (BRH) later found the same gaps again.",
    ),
    "AC001 a translated name, words in another order": _two(
        "The Royal Dutch Football Association (KNVB) runs the referees' school.",
        "In 2023 the Dutch Royal Football Union (KNVB) cut its fees.",
    ),
    "AC001 a word given a suffix": _two(
        "The Baltic Trade Council (BTC) met in Riga in March.",
        "A year later the Baltic Traders Council (BTC) dropped the tariff plan.",
    ),
    "AC001 a word given two letters": _two(
        "The Nordic Forest Alliance (NFA) plants a million trees a year.",
        "Members of the Nordic Forestry Alliance (NFA) pay a levy on each tonne.",
    ),
    "AC003 three words before the name, a word lost": _two(
        "The rules were drafted by the Standing Committee on Ports, Harbours and Shipping (PHSL).",
        "They took effect in 2024.",
    ),
    "AC003 a last vowel left to a word lost": _two(
        "Tariffs are published by the International Road Transport (IRTA) every spring.",
        "Shippers rely on them.",
    ),
    "AC004 an acronym in the key findings, defined in the body": _summary(
        "- The NRP paid out less than half of its budget; the WHO and the ILO were not consulted.",
        "The National Reskilling Plan (NRP) opened in 2021 with a budget of €2 billion.",
    ),
    "AC004 an acronym before a capitalised word, defined later": (
        "## Abstract\n\nThe talks on the WCPF Convention stalled in 2023, and the "
        "fishing fleet shrank.\n\n## Section 1\n\n"
        + _FILLER
        + "The Western and Central Pacific Fisheries (WCPF) Convention covers tuna. The "
        "Coastal Fisheries Recovery Act (CFRA) funds new boats."
    ),
}

TRAPS = {
    "AC001 the original and one translation": _two(
        "The Office national des forêts (ONF) manages the state woods.",
        "The National Forests Office (ONF) sells timber at auction.",
    ),
    "AC001 two translations sharing one word": _two(
        "The accounts were audited by the Federal Court of Audit (BRH) in 2022.",
        "The Federal Finance Inspectorate (BRH) later found the same gaps again.",
    ),
    "AC001 programme and program": _two(
        "The World Food Programme (WFP) delivered grain to the port.",
        "The World Food Program (WFP) says more ships are needed.",
    ),
    "AC001 a plural": _two(
        "The Association of River Ports (ARP) met in Lyon.",
        "The Association of River Port (ARP) members voted on the levy.",
    ),
    "AC003 a syllable acronym of consonants": _two(
        "Payments go through Core Lightning (CLN), an open implementation.",
        "It is used by several wallets.",
    ),
    "AC004 a summary that defines the acronym": _summary(
        "- The National Reskilling Plan (NRP) paid out less than half of its budget; the WHO and the ILO were not consulted.",
        "The NRP opened in 2021 with a budget of €2 billion.",
    ),
    "AC004 a body use before the definition, acronyms not defined": _two(
        "The NRP opened in 2021, and the WHO and the ILO praised it; the IOM did not.",
        "The National Reskilling Plan (NRP) had a budget of €2 billion.",
    ),
}

test_defect_found, test_trap_silent = variant_tests(("AC001", "AC002", "AC003", "AC004"), DEFECTS, TRAPS)


def test_acronym_after_its_native_name_in_brackets_is_defined(tmp_path) -> None:
    """AC005: "Federal Office … (Bundesamt für …, BLV)" gives the acronym of the name in
    another language, not an undefined one (the document defines its other acronyms)."""
    from tests.rules.test_cases import run_rule

    text = (
        "# Report\n\nThe Swiss Federal Food Safety Office (Bundesamt für Lebensmittelsicherheit "
        "und Veterinärwesen, BLV) publishes the checks. The Cantonal Laboratories Network (CLN) "
        "and the Dairy Inspection Service (DIS) run them.\n"
    )
    assert run_rule("AC005", text, "markdown", tmp_path) == []
    assert run_rule("AC005", text.replace("Veterinärwesen, BLV)", "Veterinärwesen) and the BLV"), "markdown", tmp_path)


def test_initials_in_another_order_are_a_mismatch_not_a_cut(tmp_path) -> None:
    """AC002, not AC003: "European Anti-Poverty Network (EPAN)" has every initial, two of them
    swapped ("Baltic Cross-Border Network (BBCN)" spells BCBN)."""
    from tests.rules.test_cases import run_rule

    text = "# Report\n\nCustoms data are shared through the Baltic Cross-Border Network (BBCN) each month.\n"
    assert [f.rule for f in run_rule("AC002", text, "markdown", tmp_path)] == ["AC002"]
    assert run_rule("AC003", text, "markdown", tmp_path) == []
