"""Every rule's YAML cases (tests/rules/cases/CODE.yml), run through the real pipeline.

A case is a draft (Markdown unless ``reader`` says otherwise); ``pass`` cases must give no
finding of the rule, ``fail`` cases exactly the findings listed (line, column, message and,
if given, ``related`` as ``file:line:column: message``). A ``claims:`` key (in the case, or
at the top of the file for every case) holds registry YAML for the registry rules (RG), and
``options:`` the rule's options.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.config import Settings
from claimcheck.ingest import load_document
from claimcheck.pipeline import build_rules, check_document
from claimcheck.rules.cases import load_cases
from claimcheck.rules.catalogue import RULES

CASES = Path(__file__).parent / "cases"
SUFFIX = {"markdown": ".md", "text": ".txt", "html": ".html"}


def _load():
    for path in sorted(CASES.glob("*.yml")):
        for outcome, case in load_cases(path).cases():  # unknown keys are an error (E206)
            yield pytest.param(path.stem, outcome, case, id=f"{path.stem}-{outcome}-{case.name}")


def load_case_registry(claims: str | None, tmp_path: Path):
    """Registry YAML of a case, written to ``claims.yml`` and loaded (it must be valid)."""
    if claims is None:
        return None
    from claimcheck.registry.store import load_registry

    reg_file = tmp_path / "claims.yml"
    reg_file.write_text(claims, encoding="utf-8")
    registry = load_registry(reg_file)
    assert registry.errors == [], [e.render() for e in registry.errors]
    return registry


def run_rule(
    code: str,
    draft: str,
    reader: str,
    tmp_path: Path,
    settings: Settings | None = None,
    claims: str | None = None,
    options: dict | None = None,
):
    path = tmp_path / f"draft{SUFFIX[reader]}"
    path.write_text(draft, encoding="utf-8")
    settings = settings or Settings(select=[code], rules={code: options} if options else {})
    doc = load_document(path, reader=reader)
    registry = load_case_registry(claims, tmp_path)
    kept, _ = check_document(doc, build_rules(settings), settings, registry)
    return [f for f in kept if f.rule == code]


def _docstring_registry(rule) -> str | None:
    """The ```yaml block under ``## Registry`` in a registry rule's docstring."""
    import re

    m = re.search(r"## Registry\s*\n\s*```yaml\n(.*?)```", rule.doc(), re.S)
    return m.group(1) if m else None


@pytest.mark.parametrize(("code", "outcome", "case"), list(_load()))
def test_case(code, outcome, case, tmp_path):
    found = run_rule(code, case.draft, case.reader, tmp_path, claims=case.claims, options=case.options)
    if outcome == "pass":
        assert found == [], [f.message for f in found]
        return
    got = [(f.location.line, f.location.column, f.message) for f in found]
    want = [(e.line, e.column, e.message) for e in case.findings]
    assert len(got) == len(want), got
    for (gl, gc, gm), (wl, wc, wm) in zip(got, want):
        assert gl == wl and (wc is None or gc == wc) and gm == wm, (got, want)
    for f, e in zip(found, case.findings):
        if e.related is not None:
            rel = [
                f"{Path(r.location.path).name}:{r.location.line}:{r.location.column}: {r.message}" for r in f.related
            ]
            assert rel == list(e.related), rel


def test_every_rule_has_cases():
    have = {p.stem for p in CASES.glob("*.yml")}
    missing = [r.code for r in RULES if r.code not in have]
    assert missing == []


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_docstring_examples(rule, tmp_path):
    """The documentation's ``## Example`` fires the rule; ``Use instead:`` does not."""
    bad, good = rule.examples()
    assert bad and good, f"{rule.code} docstring needs both examples"
    claims = _docstring_registry(rule)
    if getattr(rule, "requires_registry", False):
        assert claims, f"{rule.code} reads the registry: its docstring needs a ## Registry yaml block"
    assert run_rule(rule.code, bad, "markdown", tmp_path, claims=claims), "the Example must fire the rule"
    assert run_rule(rule.code, good, "markdown", tmp_path, claims=claims) == [], "Use instead must not fire"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_metadata(rule):
    import re

    assert re.fullmatch(r"[A-Z]{2}\d{3}", rule.code)
    assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)+", rule.name)
    assert "## Why is this bad?" in rule.doc()
    assert len({r.code for r in RULES}) == len(RULES)


def test_a_case_file_with_an_unknown_key_is_an_error(tmp_path):
    from claimcheck.errors import ConfigError

    path = tmp_path / "FN001.yml"
    path.write_text("fail:\n  - name: typo\n    draft: Costs fell.\n    finding:\n      - line: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_cases(path)
    assert info.value.code == "E206"
    assert "fail.0.finding" in info.value.message


def test_case_codes_name_modules_and_classes_agree():
    """A rule's identity is written once: its module is ``<code>_<name>``, its class the
    name in CamelCase, and every rule module under rules/ is in the catalogue, once."""
    import importlib
    import pkgutil

    import claimcheck.rules

    for rule in RULES:
        module = rule.__module__.rsplit(".", 1)[1]
        assert module == f"{rule.code.lower()}_{rule.name.replace('-', '_')}", rule
        assert rule.__name__ == "".join(w.capitalize() for w in rule.name.split("-")), rule
        assert importlib.import_module(rule.__module__) is not None
    modules = {m.name for m in pkgutil.iter_modules(claimcheck.rules.__path__) if re_rule_module(m.name)}
    assert modules == {r.__module__.rsplit(".", 1)[1] for r in RULES}
    assert len({r.code for r in RULES}) == len({r.name for r in RULES}) == len(RULES)


def test_registry_rules_are_registry_rule_classes():
    """A rule reads the registry exactly when it is a ``RegistryRule``, whose docs show the
    registry its examples are checked against (``## Registry``, from ``example_registry``)."""
    from claimcheck.rules._registry import RegistryRule

    for rule in RULES:
        assert rule.requires_registry == issubclass(rule, RegistryRule), rule.code
        if rule.requires_registry:
            assert rule.example_registry.strip(), rule.code
            assert "## Registry" not in (rule.__doc__ or ""), f"{rule.code}: set example_registry instead"


def re_rule_module(name: str) -> bool:
    import re

    return re.fullmatch(r"[a-z]{2}\d{3}_[a-z0-9_]+", name) is not None


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_options_are_documented_from_the_options_model(rule):
    """``## Options`` is generated from the options model: never written by hand, and it
    names every option with its description."""
    import inspect

    assert "## Options" not in inspect.cleandoc(rule.__doc__ or ""), "write options as Field(description=...)"
    fields = rule.Options.model_fields
    assert ("## Options" in rule.doc()) == bool(fields)
    for key, info in fields.items():
        assert info.description, f"{rule.code} option {key} needs a description"
        assert f"- `{key}` (default " in rule.doc()
