"""Start-up pays only for what a run uses: lazy imports, lazily compiled patterns, caches.

No timings here (speed is measured by benchmarks/bench_peers.py): these tests pin the
mechanisms, and that the caches never change an answer.
"""

from __future__ import annotations

import _sre
import json
import os
import pickle
import re as std_re
import shutil
import subprocess
import sys

import pytest

from claimcheck import cache, lazyre
from conftest import ROOT

#: optional libraries a run loads only when a draft or a rule needs them
HEAVY = (
    "pint",
    "dateparser",
    "pypdf",
    "jinja2",
    "currency_converter",
    "yaml",
    "pydantic",
    "rich",
    "markdown_it",
    "pycountry",
    "publicsuffixlist",
    "claimcheck.claims.models",
    "claimcheck.rules.catalogue",
)


def _loaded_after(code: str, tmp_path) -> list[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CLAIMCHECK_CACHE_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_importing_the_cli_loads_no_heavy_library(tmp_path):
    assert _loaded_after("import claimcheck.cli", tmp_path) == []


_COMPILES_AT_IMPORT = """
import importlib, json, os, sys
from re import _compiler
import claimcheck
# the package's own files (not a virtual environment's, which may sit in a folder named
# claimcheck too: a clone of the repository)
package = os.path.dirname(claimcheck.__file__).replace("\\\\", "/") + "/"
compiled = []
_compile = _compiler.compile
def counting(pattern, flags=0):
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.replace("\\\\", "/").endswith("/re/__init__.py"):
        frame = frame.f_back
    name = frame.f_code.co_filename.replace("\\\\", "/") if frame is not None else ""
    if name.startswith(package):
        compiled.append(name[len(package) :])
    return _compile(pattern, flags)
_compiler.compile = counting
for module in sys.argv[1:]:
    importlib.import_module(module)
print(json.dumps(sorted(set(compiled))))
"""


def test_the_rules_extractors_and_readers_compile_no_pattern_when_imported(tmp_path):
    """Their patterns are compiled when first used (``claimcheck.lazyre``), not at import: a
    rule module that imported the standard ``re`` compiled its 19 patterns in every run."""
    modules = [
        "claimcheck.rules.catalogue",
        *(f"claimcheck.extract.{m}" for m in ("numeric", "dates", "lists", "acronyms", "citations", "quotations")),
        *(f"claimcheck.ingest.{m}" for m in ("markdown", "pdftext", "html")),
        "claimcheck.pipeline",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CLAIMCHECK_CACHE_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", _COMPILES_AT_IMPORT, *modules], capture_output=True, text=True, env=env, check=True
    )
    compiled = json.loads(out.stdout.strip().splitlines()[-1])
    assert [m for m in compiled if m not in ("cli.py", "lazyre.py")] == []


def test_version_loads_no_heavy_library(tmp_path):
    code = "from claimcheck.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass"
    assert _loaded_after(code, tmp_path) == []


def test_a_markdown_draft_loads_no_pdf_units_dates_or_report_library(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("# Notes\n\nThe board met twice and agreed.\n", encoding="utf-8")
    code = f"from claimcheck.cli import main\ntry:\n    main(['verify', {str(draft)!r}])\nexcept SystemExit:\n    pass"
    loaded = _loaded_after(code, tmp_path)
    for lib in ("pint", "pypdf", "jinja2", "currency_converter", "dateparser"):
        assert lib not in loaded


def test_a_new_draft_with_plain_front_matter_loads_no_yaml_pycountry_or_difflib(tmp_path):
    """The bundled example (YAML front matter, acronyms, money, quotations) checked as a new
    draft once the data caches are warm: its front matter is read without PyYAML, the known
    acronyms come from the cache folder, and QT001 compares no two quotations."""
    import shutil

    example = ROOT / "docs" / "examples" / "issue-23.md"
    draft = tmp_path / "draft.md"
    shutil.copyfile(example, draft)
    cache_dir = tmp_path / "cache"
    code = (
        f"from claimcheck.cli import main\ntry:\n    main(['verify', '--cache-dir', {str(cache_dir)!r}, {str(draft)!r}])\n"
        "except SystemExit:\n    pass\nimport sys\n"
        "print(sorted(m for m in ('yaml', 'pycountry', 'difflib') if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for _ in range(2):  # the first fills the data caches
        shutil.rmtree(cache_dir / "results", ignore_errors=True)  # a new draft: no report kept
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _command_loads(args: list[str], modules: tuple[str, ...], tmp_path, cwd=None) -> list[str]:
    """Which of ``modules`` the ``claimcheck`` command itself (not a caller in process: its
    own start-up) has imported when it ends, run twice (the first fills the data caches)
    with the result cache emptied before each: a new draft."""
    code = (
        "import atexit, json, sys\n"
        f"atexit.register(lambda: print(json.dumps(sorted(m for m in {modules!r} if m in sys.modules))))\n"
        f"sys.argv = ['claimcheck', *{args!r}]\n"
        "from claimcheck.cli import main\nmain()"
    )
    cache_dir = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CLAIMCHECK_CACHE_DIR": str(cache_dir)}
    for _ in range(2):
        shutil.rmtree(cache_dir / "results", ignore_errors=True)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=cwd or tmp_path)
    loaded: list[str] = json.loads(out.stdout.strip().splitlines()[-1])
    return loaded


def test_a_new_draft_reads_the_package_data_without_importlib_resources(tmp_path):
    """The bundled example checked as a new draft reads the package's data files as files:
    ``importlib.resources`` (with ``tempfile``, ``shutil``, ``zipfile``, ``bz2`` and
    ``lzma``) was imported by NU001's table of floating rates in every run with money."""
    draft = tmp_path / "draft.md"
    shutil.copyfile(ROOT / "docs" / "examples" / "issue-23.md", draft)
    (tmp_path / "claimcheck.toml").write_text("", encoding="utf-8")
    heavy = ("importlib.resources", "tempfile", "zipfile", "importlib.metadata")
    assert _command_loads(["verify", str(draft)], heavy, tmp_path) == []


def test_nu003s_nouns_for_one_thing_read_without_importlib_resources(tmp_path):
    """NU003 reads its table of nouns for one thing (``data/equivalent_nouns.txt``) when two
    figures of a measure meet: as a file too."""
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# Wards\n\nThe Kelby hospital runs 420 beds across its wards.\n\n"
        "## Outlook\n\nThe Kelby hospital's 460 beds will not meet winter demand.\n",
        encoding="utf-8",
    )
    (tmp_path / "claimcheck.toml").write_text("", encoding="utf-8")
    heavy = ("importlib.resources", "tempfile", "zipfile")
    assert _command_loads(["verify", str(draft)], heavy, tmp_path) == []


def test_a_package_data_file_reads_as_importlib_resources_reads_it(monkeypatch):
    from importlib.resources import files

    want = files("claimcheck.data").joinpath("floating_rates.json").read_text(encoding="utf-8")
    assert cache.package_text("claimcheck.data", "floating_rates.json") == want
    monkeypatch.setattr(cache, "package_file", lambda *_a: None)  # a package not installed as files
    assert cache.package_text("claimcheck.data", "floating_rates.json") == want


def test_an_iso_code_defined_as_something_else_loads_no_pycountry(tmp_path):
    """AC004 asks whether an acronym known as an ISO code ("FRA", France) is defined as
    something else: with the data caches warm, pycountry's names come from the cache folder
    and the curated list from its file, so neither pycountry nor importlib.resources loads."""
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# Grants\n\nThe FRA paid its grants late this year, and the FRA said why.\n\n"
        "The Fondation pour la Recherche Agricole (FRA) funds soil studies in the Loire and the Rhône.\n",
        encoding="utf-8",
    )
    cache_dir = tmp_path / "cache"
    # the command itself (its own process leaves pydantic's plugin loader, which imports
    # importlib.metadata and importlib.resources, out), its imports listed by -X importtime
    cmd = [sys.executable, "-X", "importtime", "-m", "claimcheck", "verify", "--cache-dir", str(cache_dir), str(draft)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for _ in range(2):  # the first fills the data caches
        shutil.rmtree(cache_dir / "results", ignore_errors=True)  # a new draft: no report kept
        out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert "AC004" in out.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines() if line.startswith("import time:")}
    assert "claimcheck.rules._acronyms_common" in imported
    assert not {"pycountry", "importlib.resources"} & imported


def test_a_run_served_from_the_result_cache_loads_no_reader_rule_or_finding_model(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("# Notes\n\nThe board met twice.[^1]\n\n[^1]: Minutes, 2024.\n", encoding="utf-8")
    for command in (["verify", "--select", "ALL"], ["extract"]):
        code = (
            f"from claimcheck.cli import main\ntry:\n    main({[*command, str(draft)]!r})\nexcept SystemExit:\n    pass"
        )
        first = _loaded_after(code, tmp_path)  # a cold run: reads the draft, keeps its report
        assert "markdown_it" in first
        probe = (
            code + "\nimport sys\nprint(sorted(m for m in ('claimcheck.pipeline', 'claimcheck.document', "
            "'claimcheck.findings.model', 'claimcheck.extract', 'claimcheck.report') if m in sys.modules))"
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CLAIMCHECK_CACHE_DIR": str(tmp_path)}
        out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
        assert out.stdout.strip().splitlines()[-1] == "[]"
        assert _loaded_after(code, tmp_path) == []  # not even the settings' model


def _modules_after_stub(tmp_path, env_extra: dict[str, str]) -> dict[str, object]:
    code = (
        "import sys\nfrom claimcheck.cli import _no_pydantic_plugins\n_no_pydantic_plugins()\n"
        "from claimcheck.config import Settings\n"
        "s = Settings.model_validate({'fail-on': 'error'})\n"
        "from pydantic.plugin._loader import get_plugins\n"
        "import json\nprint(json.dumps({'metadata': 'importlib.metadata' in sys.modules, "
        "'fail_on': s.fail_on, 'plugins': list(get_plugins())}))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    env.update(PYTHONPATH=str(ROOT / "src"), CLAIMCHECK_CACHE_DIR=str(tmp_path), **env_extra)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_the_command_builds_its_models_without_looking_for_pydantic_plugins(tmp_path):
    """The command's own process skips pydantic's plugin search (importlib.metadata and
    every installed distribution's entry points): its models validate as before."""
    got = _modules_after_stub(tmp_path, {})
    assert got == {"metadata": False, "fail_on": "error", "plugins": []}


def test_a_list_of_pydantic_plugins_to_leave_out_keeps_pydantic_s_loader(tmp_path):
    got = _modules_after_stub(tmp_path, {"PYDANTIC_DISABLE_PLUGINS": "some-plugin"})
    assert got["metadata"] is True and got["fail_on"] == "error"


# ----------------------------------------------------------------------------- lazyre
def test_a_lazy_pattern_is_compiled_on_first_use_and_answers_as_re_does():
    text = "In 2023 the fund held 7.66 billion yuan; in 2024, 8.1 billion."
    source = r"(?P<n>\d+(?:\.\d+)?)\s+(?P<scale>billion|million)"
    lazy = lazyre.compile(source, lazyre.I)
    assert isinstance(lazy, lazyre.LazyPattern) and lazy._compiled is None
    assert lazy.pattern == source and lazy._compiled is None  # reading its text compiles nothing
    plain = std_re.compile(source, std_re.I)
    assert lazy.search(text).group("n") == plain.search(text).group("n")
    assert lazy._compiled is not None
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.sub("N", text) == plain.sub("N", text)
    assert lazy.findall(text) == plain.findall(text)
    assert lazy.match(text) is None and lazy.fullmatch("7 billion") is not None
    assert lazy.split(text) == plain.split(text)
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (plain.flags, plain.groups, dict(plain.groupindex))
    # the compiled pattern is the standard one with the first characters of its matches told
    # to the search (tests/test_lazyre.py)
    assert lazy.compiled.pattern == plain.pattern and lazy.compiled.flags == plain.flags
    assert pickle.loads(pickle.dumps(lazy)).search(text).group(0) == "7.66 billion"


def test_a_bad_pattern_fails_when_first_used_with_re_error():
    bad = lazyre.compile(r"(unclosed")
    with pytest.raises(std_re.error):
        bad.search("x")


def test_the_module_keeps_the_standard_names():
    assert lazyre.escape("a.b") == std_re.escape("a.b")
    assert lazyre.IGNORECASE is std_re.IGNORECASE and lazyre.Match is std_re.Match
    assert lazyre.sub(r"\s+", " ", "a  b") == "a b"
    assert isinstance(lazyre.compile(b"x"), std_re.Pattern)  # bytes: compiled at once


def test_the_functions_answer_as_re_does_and_keep_only_literal_patterns(tmp_path, monkeypatch):
    """``lazyre.search(r"...", text)`` and the like: the same results and errors as the
    standard functions; a pattern written at the call is kept (from the compiled-form
    cache), one built at run time is not."""
    monkeypatch.setattr(lazyre, "_LITERAL", {})
    monkeypatch.setattr(lazyre, "_PENDING", {})
    monkeypatch.setattr(lazyre, "_CODES", None)
    cache.configure(str(tmp_path))
    try:
        text = "Spending rose 4% in 2023, to 7.66 billion; and 3% in 2024."
        assert lazyre.search(r"(\d+)%", text).span() == std_re.search(r"(\d+)%", text).span()
        assert lazyre.match(r"spending", text, lazyre.I).group(0) == "Spending"
        assert lazyre.fullmatch(r"\d+", "2023") is not None and lazyre.fullmatch(r"\d+", text) is None
        assert lazyre.findall(r"\b(\d{4})\b", text) == ["2023", "2024"]
        assert [m.span() for m in lazyre.finditer(r"\d+%", text)] == [m.span() for m in std_re.finditer(r"\d+%", text)]
        assert lazyre.split(r",\s*", text, 1) == std_re.split(r",\s*", text, maxsplit=1)  # noqa: B034
        assert lazyre.split(r";", text, maxsplit=1) == std_re.split(r";", text, maxsplit=1)
        assert lazyre.sub(r"\d", "#", text, 2) == std_re.sub(r"\d", "#", text, count=2)  # noqa: B034
        assert lazyre.sub(pattern=r"\s+", repl=" ", string="a  b", count=0, flags=0) == "a b"
        assert lazyre.subn(r"\d+", lambda m: "N", text, count=3) == std_re.subn(r"\d+", lambda m: "N", text, count=3)
        assert lazyre.findall(b"\\d", b"a1b2") == [b"1", b"2"]  # bytes: the standard module's
        literal = {key[0] for key in lazyre._LITERAL}
        assert {r"(\d+)%", r"spending", r"\d+", r",\s*", r"\s+"} <= literal and len(literal) == 9
        word = text.split()[0]
        assert lazyre.search(rf"\b{word}\b", text) is not None  # built at run time
        assert lazyre.sub(word.lower(), "X", text, flags=lazyre.I).startswith("X rose")
        assert len(lazyre._LITERAL) == 9  # neither is kept
        compiled = std_re.compile(r"\d")
        assert lazyre.search(compiled, text).group(0) == "4"
        with pytest.raises(ValueError):
            lazyre.search(compiled, text, lazyre.I)  # as re: no flags with a compiled pattern
        with pytest.raises(std_re.error):
            lazyre.search(r"(unclosed", text)
        with pytest.raises(TypeError):
            lazyre.search(lazyre.compile(r"\d"), text)  # as the module docstring says: .compiled
        lazyre.save_cache()  # the literal patterns' compiled forms go to the cache file
        monkeypatch.setattr(lazyre, "_CODES", None)
        assert (r"(\d+)%", 0) in lazyre._codes()
    finally:
        cache.configure()


def test_patterns_of_an_import_come_from_the_cache_and_re_compile_is_put_back(tmp_path, monkeypatch):
    monkeypatch.setattr(lazyre, "_PENDING", {})
    monkeypatch.setattr(lazyre, "_CODES", None)
    cache.configure(str(tmp_path))
    source = r"^<(script|pre|style|textarea)(?=(\s|>|$))"
    try:
        with pytest.raises(RuntimeError):
            with lazyre.patterns_of_imports_cached():
                assert std_re.compile is not lazyre._std_compile
                with lazyre.patterns_of_imports_cached():  # nested: the same
                    got = std_re.compile(source, std_re.I)
                assert std_re.compile is not lazyre._std_compile
                assert isinstance(got, std_re.Pattern) and got == lazyre._std_compile(source, std_re.I)
                assert std_re.compile(b"x") == lazyre._std_compile(b"x")  # bytes: the standard's
                with pytest.raises(std_re.error):
                    std_re.compile(r"(unclosed")
                raise RuntimeError("an import that fails")
        assert std_re.compile is lazyre._std_compile  # put back, even after an error
        assert (source, int(std_re.I)) in lazyre._PENDING  # kept for the next process
    finally:
        cache.configure()


def _patterns_of_imports_after(code: str, cache_dir) -> str:
    """What ``code`` prints, run in a fresh interpreter where ``seen`` lists the patterns
    taken through ``patterns_of_imports_cached`` and ``load_document`` is imported."""
    probe = (
        "from claimcheck import lazyre\n"
        "seen = []\n"
        "real = lazyre._compile_of_imports\n"
        "lazyre._compile_of_imports = lambda p, flags=0: seen.append(p) or real(p, flags)\n"
        "from claimcheck.ingest import load_document\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CLAIMCHECK_CACHE_DIR": str(cache_dir)}
    return subprocess.run(
        [sys.executable, "-c", probe + code], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    ).stdout


def test_markdown_it_is_imported_with_its_patterns_cached(tmp_path):
    """The Markdown reader imports markdown-it inside ``patterns_of_imports_cached`` (in a
    fresh interpreter, so that markdown-it is imported there)."""
    code = (
        "load_document('docs/examples/issue-23.md')\n"
        "import re\n"
        "assert re.compile is lazyre._std_compile\n"
        "print(len(seen))\n"
    )
    assert int(_patterns_of_imports_after(code, tmp_path)) >= 30  # markdown-it's and mdurl's


def test_pyyaml_is_imported_with_its_patterns_cached(tmp_path):
    """Front matter the plain reader leaves to PyYAML (a list) imports PyYAML inside
    ``patterns_of_imports_cached``: its reader's and resolver's patterns come from the
    compiled-form cache (in a fresh interpreter, so that PyYAML is imported there)."""
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\ntitle: Harbour dues\ntags:\n  - ports\n  - fees\n---\n\nDues rose in May.\n", encoding="utf-8"
    )
    code = (
        "import sys\n"
        f"doc = load_document({str(draft)!r})\n"
        "assert 'yaml' in sys.modules and doc.metadata.title == 'Harbour dues'\n"
        "import re, yaml.reader\n"
        "assert re.compile is lazyre._std_compile\n"
        "print(yaml.reader.Reader.NON_PRINTABLE.pattern in seen)\n"
    )
    assert _patterns_of_imports_after(code, tmp_path / "cache").strip() == "True"


_TOML_COMPILES = """
import json, os, pathlib, sys
from re import _parser
compiled = []  # patterns parsed from their text (by re.compile or by lazyre's own build)
_compile = _parser.parse
def counting(pattern, flags=0):
    frame = sys._getframe(1)
    while frame is not None and not frame.f_code.co_filename.replace("\\\\", "/").endswith("/tomllib/_re.py"):
        frame = frame.f_back
    if frame is not None:
        compiled.append(str(pattern)[:20])
    return _compile(pattern, flags)
_parser.parse = counting
from claimcheck import cache
from claimcheck.config import load_settings
cache.configure(sys.argv[2] if len(sys.argv) > 2 else None, enabled=len(sys.argv) > 2)
settings = load_settings(pathlib.Path(sys.argv[1]))
print(json.dumps([compiled, str(settings.publication_date)]))
"""


def test_the_settings_file_is_read_with_tomllib_s_patterns_from_the_cache(tmp_path):
    """tomllib compiles its patterns when imported (its date and time pattern alone took
    15 ms); claimcheck.config imports it with them taken from the compiled-form cache: the
    first process compiles and keeps them, the next compiles none; with no cache, as before."""
    toml = tmp_path / "claimcheck.toml"
    toml.write_text("publication-date = 2025-02-18\nselect = ['FN']\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}

    def run(*folder: str) -> list[object]:
        out = subprocess.run(
            [sys.executable, "-c", _TOML_COMPILES, str(toml), *folder],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        return json.loads(out.strip().splitlines()[-1])

    first, again, none = run(str(tmp_path / "c")), run(str(tmp_path / "c")), run()
    assert len(first[0]) >= 3 and again[0] == [] and len(none[0]) == len(first[0])
    assert first[1] == again[1] == none[1] == "2025-02-18"
    assert [p.name for p in (tmp_path / "c").glob("regex-*.marshal")]


def test_the_compiled_form_is_cached_and_gives_the_same_pattern(tmp_path, monkeypatch):
    monkeypatch.setattr(lazyre, "_PENDING", {})
    monkeypatch.setattr(lazyre, "_CODES", None)
    cache.configure(str(tmp_path))
    try:
        source = r"(?<!\w)(?P<y>(?:19|20)\d\d)[-/](?P<m>0[1-9]|1[0-2])(?!\d)|ABC"
        lazyre.compile(source, lazyre.I).search("x")
        lazyre.save_cache()
        files = [p.name for p in tmp_path.iterdir()]
        assert len(files) == 1 and files[0].startswith("regex-")
        monkeypatch.setattr(lazyre, "_CODES", None)  # a later process: read from the file
        again = lazyre.compile(source, lazyre.I)
        # the standard pattern with the first characters of its matches (tests/test_lazyre.py)
        built = lazyre._built(source, int(std_re.I))
        assert built is not None and again.compiled == _sre.compile(source, *lazyre._with_list(built))
        assert again.compiled.pattern == source and again.compiled.flags == std_re.compile(source, std_re.I).flags
        assert again.search("due 2024/07").group("m") == "07"
    finally:
        cache.configure()


def test_no_cache_writes_no_pattern_file(tmp_path, monkeypatch):
    monkeypatch.setattr(lazyre, "_PENDING", {})
    monkeypatch.setattr(lazyre, "_CODES", None)
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    cache.configure(enabled=False)
    try:
        lazyre.compile(r"[a-z]+\d{2,}").search("ab12")
        lazyre.save_cache()
        assert list(tmp_path.iterdir()) == []
    finally:
        cache.configure()


def test_a_damaged_pattern_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setattr(lazyre, "_PENDING", {})
    monkeypatch.setattr(lazyre, "_CODES", None)
    cache.configure(str(tmp_path))
    try:
        lazyre._cache_file().write_bytes(b"not a marshal file")
        assert lazyre.compile(r"x(y)z").search("axyz").group(1) == "y"
    finally:
        cache.configure()


_PATTERN_TEXTS = """
import importlib, json, pkgutil, re
import claimcheck
from claimcheck.lazyre import LazyPattern
texts = {}
for info in pkgutil.walk_packages(claimcheck.__path__, "claimcheck."):
    module = importlib.import_module(info.name)
    for name, value in vars(module).items():
        if isinstance(value, (LazyPattern, re.Pattern)) and isinstance(value.pattern, str):
            texts[f"{info.name}.{name}"] = value.pattern
print(json.dumps(texts))
"""


def test_every_pattern_a_module_writes_is_one_text_in_every_process(tmp_path):
    """The compiled-form cache finds a pattern by its text: a pattern joined from a set in
    its iteration order (which changes with the hash seed) missed the cache in every run and
    was compiled from its text again, and the cache file grew by a copy each time (four of
    the quotations' patterns, which QT001 reaches: a tenth of the example's new-draft run)."""
    texts = []
    for seed in ("1", "2"):
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT / "src"),
            "CLAIMCHECK_CACHE_DIR": str(tmp_path),
            "PYTHONHASHSEED": seed,
        }
        out = subprocess.run(
            [sys.executable, "-c", _PATTERN_TEXTS], capture_output=True, text=True, env=env, check=True
        )
        texts.append(json.loads(out.stdout.strip().splitlines()[-1]))
    assert len(texts[0]) > 500  # every module imported, its patterns found
    assert [name for name, text in texts[0].items() if texts[1].get(name) != text] == []


# ----------------------------------------------------------------------------- data caches
def test_load_or_build_builds_once_per_source_file(tmp_path):
    source = tmp_path / "table.txt"
    source.write_text("v1", encoding="utf-8")
    calls = []

    def build():
        calls.append(1)
        return {"names": frozenset({"texas", "ontario"}), "n": 2}

    cache.configure(str(tmp_path / "c"))
    try:
        first = cache.load_or_build("table", [source], build)
        second = cache.load_or_build("table", [source], build)
        assert first == second and len(calls) == 1
        source.write_text("v2, longer", encoding="utf-8")  # a new data file: built again
        cache.load_or_build("table", [source], build)
        assert len(calls) == 2
        cache.configure(enabled=False)
        cache.load_or_build("table", [source], build)
        assert len(calls) == 3
    finally:
        cache.configure()


def test_cached_public_suffix_list_answers_as_the_parsed_one(tmp_path):
    from publicsuffixlist import PublicSuffixList

    from claimcheck.rules import _urls

    fresh = PublicSuffixList(accept_unknown=False)
    cache.configure(str(tmp_path))
    try:
        for _ in range(2):  # built and written, then read back
            _urls._suffixes.cache_clear()
            kept = _urls._suffixes()
            for host in ("english", "www.example", "example.com", "co.uk", "a.b.blogspot.com", "例子.中国"):
                assert kept.publicsuffix(host) == fresh.publicsuffix(host)
        assert any(p.name.startswith("psl-") for p in tmp_path.iterdir())
    finally:
        _urls._suffixes.cache_clear()
        cache.configure()


def test_cached_pycountry_tables_match_pycountry(tmp_path):
    import pycountry

    from claimcheck.extract import currency, lists

    cache.configure(str(tmp_path))
    try:
        for _ in range(2):
            currency._pycountry_codes.cache_clear()
            lists._subdivisions.cache_clear()
            assert currency._pycountry_codes() == {c.alpha_3: c.name for c in pycountry.currencies}
            assert "texas" in lists._subdivisions() and "ontario" in lists._subdivisions()
    finally:
        currency._pycountry_codes.cache_clear()
        lists._subdivisions.cache_clear()
        cache.configure()


def test_cached_country_and_acronym_tables_match_pycountry(tmp_path):
    import pycountry

    from claimcheck.extract import acronym_letters, subjects
    from claimcheck.rules import _acronyms_common

    cached = (acronym_letters._region_prefixes, subjects._country_words, _acronyms_common.default_known)
    cache.configure(enabled=False)  # built from pycountry, as without a cache folder
    try:
        for fn in cached:
            fn.cache_clear()
        fresh = [fn() for fn in cached]
        assert fresh[0] == {c.alpha_2.lower() for c in pycountry.countries} | {"eu", "un", "u"}
        assert "France" in fresh[1] and "NATO" in fresh[2] and "EUR" in fresh[2] and "DEU" in fresh[2]
        cache.configure(str(tmp_path))
        for _ in range(2):  # built and kept, then read back
            for fn in cached:
                fn.cache_clear()
            assert [fn() for fn in cached] == fresh
        assert {p.name.rsplit("-", 1)[0] for p in tmp_path.iterdir()} == {
            "country-alpha2",
            "country-words",
            "known-acronyms",
        }
    finally:
        for fn in cached:
            fn.cache_clear()
        cache.configure()


def test_cached_currency_lexicon_and_names_pattern_are_the_built_ones(tmp_path, monkeypatch):
    """The currency lexicon and the pattern of currency names after a figure are kept in the
    cache folder: read back, they are the ones built (entries in the same order, the same
    pattern text), and a run that finds them builds neither again."""
    from claimcheck.extract import currency, numeric

    cache.configure(enabled=False)
    try:
        currency.currency_lexicon.cache_clear()
        fresh_lexicon = currency.currency_lexicon()
        fresh_pattern = numeric._name_pattern()
        assert fresh_lexicon["swiss francs"] == "CHF" and fresh_lexicon["australian dollars"] == "AUD"
        assert "(?P<name>" in fresh_pattern and "swiss[ \\t]+francs" in fresh_pattern
        cache.configure(str(tmp_path))
        for round_ in range(2):  # built and kept, then read back without building
            currency.currency_lexicon.cache_clear()
            lexicon, pattern = currency.currency_lexicon(), numeric._name_pattern()
            assert list(lexicon.items()) == list(fresh_lexicon.items()) and pattern == fresh_pattern
            if round_ == 0:
                for name in ("_build_lexicon", "_build_name_pattern"):
                    module = currency if name == "_build_lexicon" else numeric
                    monkeypatch.setattr(module, name, lambda: pytest.fail("built again"))
        kept = {p.name.rsplit("-", 1)[0] for p in tmp_path.iterdir()}
        assert {"currency-lexicon", "currency-names"} <= kept
        assert std_re.compile(fresh_pattern, std_re.IGNORECASE).match(" Swiss francs").group("name") == "Swiss francs"
    finally:
        currency.currency_lexicon.cache_clear()
        cache.configure()


def test_cached_code_names_answer_as_pycountry(tmp_path):
    """AC004's "an ISO code the document defines as something else" reads pycountry's names
    of a code from a kept table: the same answers as pycountry's own look-ups."""
    import pycountry

    from claimcheck.rules import _acronyms_common

    def with_pycountry(acronym: str, expansion: str) -> bool:
        if acronym in _acronyms_common._curated_known() or len(expansion.split()) < 2:
            return False
        names = set()
        country = pycountry.countries.get(alpha_3=acronym) or pycountry.countries.get(alpha_2=acronym)
        if country is not None:
            names |= {getattr(country, a, "") for a in ("name", "common_name", "official_name")}
        currency = pycountry.currencies.get(alpha_3=acronym)
        if currency is not None:
            names.add(currency.name)
        if not names - {""}:
            return False
        folded = expansion.casefold()
        return not any(n and (n.casefold() in folded or folded in n.casefold()) for n in names)

    codes = {c.alpha_2 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.countries}
    codes |= {c.alpha_3 for c in pycountry.currencies} | {"Bol", "fr", "QQQ", "X", "WXYZ"}
    expansions = [
        "Bolivia",
        "Plurinational State of Bolivia",
        "Kenya shilling",
        "Office of Fair Rents",
        "the Netherlands",
    ]
    expected = {(a, e): with_pycountry(a, e) for a in codes for e in expansions}
    assert any(expected.values()) and not all(expected.values())
    for setting in ({"enabled": False}, {"path": str(tmp_path)}, {"path": str(tmp_path)}):  # built, kept, read back
        cache.configure(**setting)  # type: ignore[arg-type]
        _acronyms_common._code_names.cache_clear()
        try:
            assert {k: _acronyms_common.code_taken_otherwise(*k) for k in expected} == expected
        finally:
            _acronyms_common._code_names.cache_clear()
            cache.configure()
    assert any(p.name.startswith("code-names-") for p in tmp_path.iterdir())


def test_pint_keeps_its_cache_under_the_cache_folder(tmp_path):
    from claimcheck.claims import units

    cache.configure(str(tmp_path))
    try:
        units.registry.cache_clear()
        assert units.registry().parse_units("kilometer") == units.registry().parse_units("km")
        assert (tmp_path / "pint").is_dir()
    finally:
        units.registry.cache_clear()
        cache.configure()


def test_kept_unit_factors_convert_as_pint_does(tmp_path):
    """to_base takes a unit's factor (or that it is an offset unit, or no unit) from the
    cache folder's table: the same values, base units and errors as pint's own conversion."""
    from claimcheck.claims import units

    def with_pint(value: float, unit: str) -> tuple[float, str]:
        parsed = units.parse_unit(unit)
        reg = units.registry()
        if not reg.Quantity(1.0, parsed)._ok_for_muldiv():
            q = reg.Quantity(value, parsed).to_base_units()
            return float(q.magnitude), str(q.units)
        factor, base = units._factor(unit)
        return value * factor, base

    def answer(convert, value: float, unit: str) -> tuple[str, object]:
        try:
            return "value", convert(value, unit)
        except ValueError as exc:
            return "ValueError", str(exc)

    names = set(units.UNIT_WORDS.values()) | set(units.UNIT_ABBREVIATIONS.values())
    names |= {"degree_Fahrenheit", "basis_point", "furlong / fortnight", "zorkmid", "inch ** 2 ** 2 ** 2"}
    values = (0.0, 1.0, 2.5, -40.0, 7e9)
    expected = {(v, u): answer(with_pint, v, u) for v in values for u in sorted(names)}
    assert {kind for kind, _ in expected.values()} == {"value", "ValueError"}
    try:
        for setting in ({"enabled": False}, {"path": str(tmp_path)}, {"path": str(tmp_path)}):  # built, kept, read back
            cache.configure(**setting)  # type: ignore[arg-type]
            units._NEW_BASES.clear()
            assert {k: answer(units.to_base, *k) for k in expected} == expected
            units.save_bases()
        assert any(p.name.startswith("unit-bases-") for p in tmp_path.iterdir())
    finally:
        units._NEW_BASES.clear()
        cache.configure()


def test_a_draft_converting_units_met_before_loads_no_pint(tmp_path):
    """NU003 compares quantities in base units: once a unit's factor is in the cache folder,
    a new draft with the same units is checked without importing pint."""
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# Ferry\n\nThe new pier at Kessock extends 140 metres into the firth.\n\n"
        "Divers surveyed the seabed to a depth of 12 metres first.\n\n"
        "At 0.14 km, the pier at Kessock is the longest on the firth.\n",
        encoding="utf-8",
    )
    cache_dir = tmp_path / "cache"
    cmd = [sys.executable, "-X", "importtime", "-m", "claimcheck", "verify", "--select", "ALL"]
    cmd += ["--cache-dir", str(cache_dir), str(draft)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    loaded = []
    for _ in range(2):  # the first converts with pint and keeps the factors
        shutil.rmtree(cache_dir / "results", ignore_errors=True)  # a new draft: no report kept
        out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp_path)
        imported = {
            line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines() if line.startswith("import time:")
        }
        loaded.append("pint" in imported)
    assert loaded == [True, False]


def test_cached_ecb_table_gives_the_same_rates(tmp_path, monkeypatch):
    import datetime as dt

    from claimcheck.rules import _rates

    queries = [
        ("CNY", "EUR", 2023, None, None),
        ("USD", "JPY", None, dt.date(2020, 2, 29), None),
        ("EUR", "CNY", None, dt.date(2031, 1, 1), dt.date(2025, 2, 18)),
        ("BGN", "USD", None, dt.date(2010, 11, 21), None),
        ("RUB", "EUR", 2024, None, None),
        ("XXX", "EUR", 2020, None, None),
    ]
    cache.configure(str(tmp_path))
    try:
        answers = []
        for _ in range(2):  # parsed from the ECB file and written, then read back
            _rates._converter.cache_clear()
            answers.append([_rates._rate(*q) for q in queries])
        assert any(p.name.startswith("ecb-table-") for p in tmp_path.iterdir())
        assert isinstance(_rates._converter()._rates["USD"], _rates._Days)
        assert answers[0] == answers[1]
        assert answers[0][0][1] == "the ECB average for 2023" and answers[0][-1] is None
    finally:
        _rates._converter.cache_clear()
        cache.configure()


def test_worker_processes_keep_what_they_compile_and_the_cache_setting(tmp_path, monkeypatch):
    from claimcheck.config import Settings
    from claimcheck.pipeline import verify

    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for i in range(3):
        (drafts / f"d{i}.md").write_text(
            f"# Note {i}\n\nIn March 2024 the port handled {i + 2} million tonnes.\n", encoding="utf-8"
        )
    kept = tmp_path / "kept"
    cache.configure(str(kept))
    try:
        verify([drafts], Settings(), jobs=2)
        assert any(p.name.startswith("regex-") for p in kept.iterdir())  # written by a worker
    finally:
        cache.configure()
    off = tmp_path / "off"
    off.mkdir()
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(off))
    cache.configure(enabled=False)
    try:
        verify([drafts], Settings(), jobs=2)
        assert list(off.iterdir()) == []  # --no-cache reaches the workers
    finally:
        cache.configure()


def test_cached_country_table_answers_as_pycountry(tmp_path):
    import pycountry

    from claimcheck.extract import lists

    def direct(key: str):
        try:
            c = pycountry.countries.lookup(key)
        except LookupError:
            return None
        return getattr(c, "common_name", None) or c.name

    values = {v for c in pycountry.countries for v in c._fields.values() if isinstance(v, str) and len(v) > 3}
    cache.configure(str(tmp_path))
    try:
        for _ in range(2):  # built and written, then read back
            lists._countries.cache_clear()
            table = lists._countries()
            for v in values:
                assert table["lookup"].get(v.lower()) == direct(v)
            assert table["alpha_2"]["fr"] == "France"
    finally:
        lists._countries.cache_clear()
        cache.configure()


def _index_entry(rule):
    from claimcheck.rules.base import Rule
    from claimcheck.rules.index import RuleEntry

    return RuleEntry(
        rule.code,
        rule.name,
        rule.__module__.rsplit(".", 1)[1],
        rule.__name__,
        default_enabled=rule.default_enabled,
        preview=rule.preview,
        requires_registry=rule.requires_registry,
        reports_without_registry=rule.without_registry is not Rule.without_registry,
    )


def test_the_rule_index_is_the_catalogue():
    from claimcheck.rules.catalogue import RULES, get_rule
    from claimcheck.rules.index import RULE_INDEX, RULE_NAMES, known_rule, load_rule

    expected = tuple(_index_entry(r) for r in RULES)
    # a rule added or changed: paste these entries into RULE_INDEX (rules/index.py)
    assert RULE_INDEX == expected, "\n".join(f"    {e!r}," for e in expected)
    assert RULE_NAMES == tuple((r.code, r.name) for r in RULES)
    assert [load_rule(e) for e in RULE_INDEX] == list(RULES)
    for probe in ("FN001", "fn001", " duplicate-footnote-number ", "FN", "FN00", "ZZ001", "nope", "ALL"):
        assert known_rule(probe) == (get_rule(probe) is not None)


def test_the_index_tells_a_rule_that_does_not_run_from_one_that_does():
    """The index's copy of the flags is what selection reads: a rule off by default or in
    preview, and one that reads the registry, are told apart as the catalogue tells them."""
    from claimcheck.rules.index import RULE_INDEX

    entries = {e.code: e for e in RULE_INDEX}
    assert not entries["RG005"].default_enabled and entries["AC005"].preview
    assert entries["RG001"].requires_registry and not entries["RG001"].reports_without_registry
    assert entries["RG006"].reports_without_registry
    assert entries["FN001"].default_enabled and not entries["FN001"].preview


_SELECTED_MODULES = """
import json, sys
from claimcheck.config import Settings
from claimcheck import pipeline
settings = Settings.model_validate(SETTINGS)
rules = pipeline.build_rules(settings, with_registry=WITH_REGISTRY)
loaded = sorted(m.rsplit(".", 1)[1][:5].upper() for m in sys.modules if m.startswith("claimcheck.rules.") and m[17:19].isalpha() and m[19:22].isdigit())
built = sorted(r.code for r in rules if type(r).__module__ != "claimcheck.pipeline")
options_built = sorted(r.code for r in rules if type(r.options).__pydantic_complete__)
print(json.dumps({"codes": [r.code for r in rules], "loaded": loaded, "built": built, "options_built": options_built}))
"""


def _selected(tmp_path, settings: dict, with_registry: bool) -> dict:
    code = _SELECTED_MODULES.replace("SETTINGS", repr(settings)).replace("WITH_REGISTRY", repr(with_registry))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CLAIMCHECK_CACHE_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    result: dict = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_a_run_imports_only_the_rules_it_selected_and_builds_no_options_model_it_is_not_given(tmp_path):
    from claimcheck.config import Settings
    from claimcheck.rules.catalogue import RULES

    for settings in ({}, {"select": ["FN", "AR001"]}, {"select": ["ALL"], "preview": True}, {"ignore": ["RG"]}):
        catalogue = [r.code for r in RULES if Settings.model_validate(settings).runs(r)]
        for with_registry in (True, False):
            got = _selected(tmp_path, settings, with_registry)
            assert got["codes"] == catalogue  # the same rules, in the same order
            registry_only = {"RG001", "RG002", "RG003", "RG004", "RG005"}  # RG006 speaks without one
            expected = [c for c in catalogue if with_registry or c not in registry_only]
            assert got["built"] == sorted(expected)
            assert got["loaded"] == sorted(expected)  # no other rule's module
            assert got["options_built"] == []  # no table given: the defaults, no validator built


def test_a_rule_given_options_is_built_and_checked_even_without_a_registry(tmp_path):
    got = _selected(tmp_path, {"rules": {"RG001": {"tolerance": 0.2}, "AR001": {"hedge_tolerance": 0.2}}}, False)
    assert "RG001" in got["built"] and "RG002" not in got["built"]
    assert got["options_built"] == ["AR001", "RG001"]

    from claimcheck.config import Settings
    from claimcheck.errors import ConfigError
    from claimcheck.pipeline import build_rules

    with pytest.raises(ConfigError, match="invalid option for RG001"):
        build_rules(Settings.model_validate({"rules": {"RG001": {"tolerance": "lots"}}}), with_registry=False)


def test_a_run_without_a_registry_imports_no_registry_rule_it_would_skip(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("China had 4 million 5G base stations in 2024.\n", encoding="utf-8")
    code = (
        "import json, sys\nfrom claimcheck.config import Settings\nfrom claimcheck.pipeline import verify\n"
        f"r = verify([{str(draft)!r}], Settings())\n"
        "print(json.dumps([r.rules, sorted(m[17:22] for m in sys.modules if m.startswith('claimcheck.rules.rg'))]))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CLAIMCHECK_CACHE_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    rules, loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert ["RG001", "contradicts-registry"] in rules  # it is still a rule of the run (JUnit, SARIF)
    assert loaded == ["rg006"]  # the ready gate, which speaks without a registry


def test_default_options_are_the_validated_empty_table():
    from claimcheck.rules.catalogue import RULES

    for rule in RULES:
        made, validated = rule.default_options(), rule.Options.model_validate({})
        assert type(made) is type(validated)
        assert made == validated and made.model_dump() == validated.model_dump()
        assert made.model_fields_set == validated.model_fields_set == set()


def test_a_registry_rule_waiting_for_a_registry_is_skipped_like_the_rule(tmp_path):
    from claimcheck.config import Settings
    from claimcheck.ingest import load_document
    from claimcheck.pipeline import AwaitingRegistry, build_rules, check_document

    draft = tmp_path / "d.md"
    draft.write_text("---\nstatus: ready\n---\n\nChina had 4 million 5G base stations in 2024.\n", encoding="utf-8")
    settings = Settings.model_validate({"select": ["RG"]})
    waiting, real = build_rules(settings, with_registry=False), build_rules(settings)
    assert [type(r) is AwaitingRegistry for r in waiting] == [True] * 4 + [False]  # RG006 is itself
    assert [(r.code, r.name, r.requires_registry) for r in waiting] == [
        (r.code, r.name, r.requires_registry) for r in real
    ]
    doc = load_document(draft)
    assert check_document(doc, waiting, settings) == check_document(doc, real, settings)
    assert [f.rule for f in check_document(doc, waiting, settings)[0]] == ["RG006"]  # the ready gate
    with pytest.raises(RuntimeError, match="runs only with a registry"):
        list(waiting[0].check(None))  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- codecache
def _make_dataclass() -> type:
    import dataclasses

    @dataclasses.dataclass(frozen=True)
    class Figure:
        value: float
        unit: str = "EUR"
        notes: tuple[str, ...] = dataclasses.field(default_factory=tuple)

    return Figure


def _same_class(a: type, b: type) -> None:
    x, y = a(7.66, "CNY", ("a",)), b(7.66, "CNY", ("a",))
    assert repr(x) == repr(y) and hash(x) == hash(y) and x.__dict__ == y.__dict__
    assert a(1.0) == a(1.0) and a(1.0) != a(2.0) and a(1.0).notes == ()
    import dataclasses

    with pytest.raises(dataclasses.FrozenInstanceError):
        x.value = 1.0  # type: ignore[misc]
    for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        assert getattr(a, name).__code__ == getattr(b, name).__code__, name


def test_dataclass_code_comes_from_the_cache_once_configured(tmp_path, monkeypatch):
    import dataclasses
    import marshal
    import typing

    # the hooks are the command's: this test process lends them its cache settings for a while
    monkeypatch.setattr(cache, "_LISTENERS", [*cache._LISTENERS])
    from claimcheck import codecache

    if codecache._on_configure not in cache._LISTENERS:
        cache.on_configure(codecache._on_configure)

    monkeypatch.setattr(codecache, "_PENDING", {})
    monkeypatch.setattr(codecache, "_LOADED", {})
    monkeypatch.setattr(codecache, "_CODES", None)
    # an earlier test of this process may have configured a cache folder after importing
    # codecache (any test that imports every module does): start from the standard functions
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    monkeypatch.delattr(typing, "compile", raising=False)
    plain = _make_dataclass()
    assert "exec" not in dataclasses.__dict__  # nothing configured: the standard exec
    cache.configure(str(tmp_path))
    try:
        assert dataclasses.__dict__.get("exec") is codecache._exec
        first = _make_dataclass()  # compiled here, kept
        assert len(codecache._PENDING) >= 4
        codecache.save_cache()
        [name] = [p.name for p in tmp_path.iterdir()]
        assert name.startswith("dataclass-code-") and not codecache._PENDING
        monkeypatch.setattr(codecache, "_CODES", None)  # a later process: read from the file
        again = _make_dataclass()
        assert not codecache._PENDING and len(codecache._LOADED) >= 4  # every method's code came from the file
        _same_class(plain, first)
        _same_class(plain, again)
        import typing

        assert typing.__dict__.get("compile") is codecache._compile
        ref = typing.ForwardRef("Location | None")
        assert ref.__forward_code__ == compile("Location | None", "<string>", "eval", dont_inherit=True)
        assert ("eval", "Location | None") in codecache._PENDING
        assert typing.ForwardRef("*Ts").__forward_code__ == compile("(*Ts,)[0]", "<string>", "eval", dont_inherit=True)
        with pytest.raises(SyntaxError):
            typing.ForwardRef("not valid (")
        assert typing.get_type_hints(first)["value"] is float
        (tmp_path / name).write_bytes(b"\x00damaged")
        monkeypatch.setattr(codecache, "_CODES", None)
        monkeypatch.setattr(codecache, "_LOADED", {})
        _same_class(plain, _make_dataclass())  # a damaged file is ignored
        monkeypatch.setattr(codecache, "_CODES", {("eval", "x + 1"): b"junk", ("eval", "y"): marshal.dumps(1)})
        for text in ("x + 1", "y"):  # a damaged entry, an entry that is no code: compiled again
            assert codecache._compiled(text, "eval") == compile(text, "<string>", "eval", dont_inherit=True)
    finally:
        cache.configure(enabled=False)  # no cache: the standard functions are put back
        assert "exec" not in dataclasses.__dict__ and "compile" not in typing.__dict__
        cache._LISTENERS.remove(codecache._on_configure)
        cache.configure()


def test_the_command_keeps_dataclass_code_in_its_cache_folder_only(tmp_path):
    draft = ROOT / "docs" / "examples" / "issue-23.md"
    env = {k: v for k, v in os.environ.items() if k != "CLAIMCHECK_CACHE_DIR"}
    env["PYTHONPATH"] = str(ROOT / "src")
    env["XDG_CACHE_HOME"] = str(tmp_path / "home-cache")  # the default folder, never used below
    folder = tmp_path / "cache"
    runs = []
    (tmp_path / "claimcheck.toml").write_text("fail-on = 'warning'\n", encoding="utf-8")  # read with tomllib
    output = ["--output", str(tmp_path / "report.txt")]  # no result cache: the settings are read first
    for extra in (
        ["--cache-dir", str(folder)],
        ["--cache-dir", str(folder)],
        ["--no-cache"],
        ["--cache-dir", str(folder), *output],
        ["--no-cache", *output],
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "claimcheck", "verify", *extra, str(draft)],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
        )
        runs.append((proc.returncode, proc.stdout))
    assert runs[0] == runs[1] == runs[2] and runs[0][0] == 1  # the same report whichever run
    assert runs[3] == runs[4] == (1, "")
    assert [p.name for p in folder.glob("dataclass-code-*.marshal")]
    assert not (tmp_path / "home-cache").exists()


_READS = """
import atexit, collections, json, sys
from claimcheck import cache
reads = collections.Counter()
real = cache.read_table
def counting(path, *args, **kwargs):
    reads[path.name.split("-")[0] if path is not None else None] += 1
    return real(path, *args, **kwargs)
cache.read_table = counting
atexit.register(lambda: print(json.dumps(reads)))
sys.argv = ["claimcheck", *sys.argv[1:]]
from claimcheck.cli import main
main()
"""


def test_the_command_reads_each_cached_table_once(tmp_path):
    """The cache folder the command line names is configured once, before the settings are
    read: the compiled patterns and the dataclass code are not read again after them (they
    were, 3 ms of a short run); a folder the settings file names is, in its turn."""
    draft = ROOT / "docs" / "examples" / "issue-23.md"
    (tmp_path / "claimcheck.toml").write_text("fail-on = 'warning'\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CLAIMCHECK_CACHE_DIR": str(tmp_path / "default")}
    command = [sys.executable, "-c", _READS, "verify", "--cache-dir", str(tmp_path / "c"), str(draft)]
    for _ in range(2):  # the first run fills the folder
        shutil.rmtree(tmp_path / "c" / "results", ignore_errors=True)
        out = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path).stdout
    reads = json.loads(out.strip().splitlines()[-1])
    assert reads["regex"] == reads["dataclass"] == 1
    (tmp_path / "claimcheck.toml").write_text("cache-dir = 'elsewhere'\n", encoding="utf-8")
    out = subprocess.run(command[:-3] + [str(draft)], capture_output=True, text=True, env=env, cwd=tmp_path).stdout
    assert json.loads(out.strip().splitlines()[-1])["dataclass"] == 2  # the default folder's, then elsewhere's
    assert (tmp_path / "elsewhere" / "results").is_dir()


def test_a_document_s_source_read_directly_is_its_private_attribute():
    """Document.locate reads the source from pydantic's private store without
    ``BaseModel.__getattr__``: the same source, also after a copy and a pickle (``--jobs``)."""
    from claimcheck.document import Document
    from claimcheck.ingest import load_document

    doc = load_document(ROOT / "docs" / "examples" / "issue-23.md")
    assert doc.source is not None and doc.source is doc._source
    block = next(doc.iter_blocks())
    for other in (doc.model_copy(), pickle.loads(pickle.dumps(doc))):
        assert other.source is other._source
        assert other.locate(block, 3) == doc.locate(block, 3)
        assert other.locate_end(block, 5) == doc.locate_end(block, 5)
    bare = Document(path="x.md", format="markdown")
    assert bare.source is None and bare.locate_end(block, 1) is None and bare.locate(block, 0) == block.location


# ----------------------------------------------------------------------------- sixteenth pass (docs/speed.md)
def test_a_new_draft_imports_no_signal_enums_and_defines_only_the_verify_command(tmp_path):
    """A new draft's run arms its time budget with the C module ``_signal`` (importing
    ``signal`` builds three enum classes) and defines no command but ``verify``."""
    draft = tmp_path / "draft.md"
    shutil.copyfile(ROOT / "docs" / "examples" / "issue-23.md", draft)
    (tmp_path / "claimcheck.toml").write_text("", encoding="utf-8")
    assert _command_loads(["verify", str(draft)], ("signal", "_signal"), tmp_path) == ["_signal"]
    code = (
        "import json\nfrom claimcheck.cli import cli\n"
        "before = sorted(cli._commands)\nlisted = sorted(cli.commands)\n"
        "print(json.dumps([before, listed, sorted(cli._commands), cli.get_command(None, 'claims') is not None]))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    before, listed, after, claims = json.loads(out.stdout.strip().splitlines()[-1])
    assert before == ["verify"] and listed == after and claims
    assert {"verify", "rules", "rule", "extract", "show", "annotate", "diff", "claims", "status"} <= set(listed)


def test_asking_for_another_command_defines_the_rest():
    """``get_command`` of a command not yet defined, ``commands`` and ``list_commands`` all
    see every command, in the order they were written (verify first)."""
    from click.testing import CliRunner

    from claimcheck.cli import cli

    assert list(cli.commands)[0] == "verify"
    assert cli.get_command(None, "rules") is cli.commands["rules"]  # type: ignore[arg-type]
    result = CliRunner().invoke(cli, ["rules", "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.output)


_PYDANTIC_COMPILES = """
import json, sys
from re import _parser
compiled = []  # patterns parsed from their text (by re.compile or by lazyre's own build)
_compile = _parser.parse
def counting(pattern, flags=0):
    if isinstance(pattern, str):  # bytes patterns are the standard module's (not cached)
        compiled.append(pattern[:20])
    return _compile(pattern, flags)
from claimcheck import cache
cache.configure(sys.argv[1] if len(sys.argv) > 1 else None, enabled=len(sys.argv) > 1)
_parser.parse = counting
import claimcheck.config
import fractions
print(json.dumps([compiled, str(fractions.Fraction("1.5e1"))]))
"""


def test_pydantic_is_imported_with_its_patterns_from_the_cache(tmp_path):
    """pydantic and the modules it imports (fractions, textwrap …) compile patterns at
    import; claimcheck.config imports it with them taken from the compiled-form cache: the
    first process compiles and keeps them, the next compiles none; with no cache, as before."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}

    def run(*folder: str) -> list[object]:
        out = subprocess.run(
            [sys.executable, "-c", _PYDANTIC_COMPILES, *folder], capture_output=True, text=True, env=env, check=True
        ).stdout
        return json.loads(out.strip().splitlines()[-1])

    first, again, none = run(str(tmp_path / "c")), run(str(tmp_path / "c")), run()
    # (the few compiled again are patterns made at run time from text, ``textwrap.dedent``'s)
    assert len(first[0]) >= 10 and len(again[0]) <= len(first[0]) - 10 and len(none[0]) == len(first[0])
    assert first[1] == again[1] == none[1] == "15"


_UNIT_WORDS = """
import json
from claimcheck.claims import units
print(json.dumps([list(units.UNIT_WORDS.items()), list(units._build_words().items())]))
"""


def test_the_unit_words_kept_in_the_cache_are_the_built_ones(tmp_path):
    """``claims.units.UNIT_WORDS`` is built once and then read from the cache folder, the
    same table in the same order."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CLAIMCHECK_CACHE_DIR": str(tmp_path / "c")}
    runs = []
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", _UNIT_WORDS], capture_output=True, text=True, env=env, check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    assert [p.name.startswith("unit-words-") for p in (tmp_path / "c").glob("unit-words-*.marshal")] == [True]
    for kept, built in runs:
        assert kept == built and len(kept) > 100


_MODEL_BUILDS = """
import json, pydantic
from pathlib import Path
from claimcheck import pipeline
from claimcheck.claims import models
from claimcheck.config import Settings
from claimcheck import document
pipeline.verify([Path(__import__("sys").argv[1])], Settings(), keep_documents=False)
def under(c):
    for s in c.__subclasses__():
        yield s
        yield from under(s)
built = {c.__qualname__: c.__pydantic_complete__ for c in under(pydantic.BaseModel) if c.__module__ in (models.__name__, document.__name__)}
print(json.dumps(built))
"""


def test_the_models_no_run_validates_as_themselves_are_not_built(tmp_path):
    """The models that only lend fields to others (``_Frozen``, ``_ClaimBase``,
    ``NumericClaim``, ``_Located``, ``WithEnd``) wait for a use no run makes
    (``defer_build``), and so does ``ClaimSet``, which the extractors make of validated
    claims with ``model_construct``; every model a reader or an extractor validates is
    built when defined."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CLAIMCHECK_CACHE_DIR": str(tmp_path / "c")}
    draft = str(ROOT / "docs" / "examples" / "issue-23.md")
    out = subprocess.run(
        [sys.executable, "-c", _MODEL_BUILDS, draft], capture_output=True, text=True, env=env, check=True
    )
    built = json.loads(out.stdout.strip().splitlines()[-1])
    bases = {"_Frozen", "_ClaimBase", "NumericClaim", "_Located", "WithEnd", "ClaimSet"}
    assert {name for name, done in built.items() if not done} == bases
    for name in ("CountClaim", "MoneyClaim", "QuantityClaim", "DateClaim", "DateHappening", "PartialDate", "Block"):
        assert built[name] is True
    assert {"Notice", "Suppression", "FootnoteRef", "QuotationClaim", "MemberListClaim"} <= set(built)


def test_the_claims_of_a_draft_equal_their_validated_set_and_the_set_validates_when_asked(tmp_path):
    """``extract`` makes its ``ClaimSet`` with ``model_construct`` (its claims are validated
    models already): the set equals the one ``ClaimSet(...)`` validates, dumps as it does,
    and the deferred model is still built, and validates, on its first use."""
    from claimcheck import extract_claims, load_document
    from claimcheck.claims.models import ClaimSet

    claims = extract_claims(load_document(str(ROOT / "docs" / "examples" / "issue-23.md")))
    assert len(claims) > 10 and len({c.kind for c in claims}) >= 4
    validated = ClaimSet(path=claims.path, claims=claims.claims)
    assert validated == claims and validated.model_fields_set == claims.model_fields_set
    assert claims.model_dump_json() == validated.model_dump_json()
    assert ClaimSet.model_validate_json(claims.model_dump_json()) == claims
    assert pickle.loads(pickle.dumps(claims)) == claims
    with pytest.raises(ValueError):  # a claim of no kind: still refused by the tagged union
        ClaimSet.model_validate({"path": "a.md", "claims": [{"kind": "rumour", "text": "x"}]})


def test_a_claim_of_a_deferred_base_dumps_and_compares_as_before():
    """The models built on deferred bases validate, dump, copy and pickle as ever."""
    from claimcheck.claims.models import CountClaim, PartialDate
    from claimcheck.document import Location

    loc = Location(path="a.md", line=3, column=5)
    claim = CountClaim(text="12 ports", location=loc, start=0, end=8, value=12.0, written="12", thing="ports")
    with pytest.raises(ValueError):  # still validated: a field of the base (``start``) is required
        CountClaim(text="12 ports", location=loc, end=8, value=12.0, written="12", thing="ports")
    again = pickle.loads(pickle.dumps(claim))
    assert again == claim and again.model_dump() == claim.model_dump()
    assert claim.model_copy(update={"text": "13 ports"}).text == "13 ports"
    assert PartialDate(year=2024, month=2).iso() == "2024-02"
    with pytest.raises(ValueError):
        PartialDate(year=2024, month=2, day=30)


def test_extract_loads_no_rule_settings_or_finding_model_and_no_strptime(tmp_path):
    """``claimcheck extract`` reads and prints claims: no settings model, pipeline, rule or
    finding model is imported (the readers' inline suppressions need the finding models
    only to type the findings they filter), and a Wayback Machine link's time is read
    without ``_strptime`` (whose first use builds the locale's names and its patterns)."""
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# Launches\n\nThe agency counted 42 launches in 2023.[^1]\n\n"
        "[^1]: Space Agency, “Annual launch log,” March 3, 2024, "
        "https://web.archive.org/web/20240303101500/https://example.org/log.\n",
        encoding="utf-8",
    )
    unused = (
        "claimcheck.config",
        "claimcheck.pipeline",
        "claimcheck.rules.base",
        "claimcheck.findings.model",
        "_strptime",
    )
    assert _command_loads(["extract", str(draft)], unused, tmp_path) == []
    # the same draft checked needs them all but the time parser
    loaded = _command_loads(["verify", str(draft)], unused, tmp_path)
    assert loaded == sorted(unused[:-1])


def test_importing_the_cli_compiles_none_of_the_deferred_libraries_patterns(tmp_path):
    """``platform``'s, ``tokenize``'s and ``click._compat``'s patterns (imported with click)
    and the command's own are compiled when first used, by the standard module, and answer
    as ``re.compile``'s do; every other pattern compiled meanwhile is the standard one."""
    code = """
import json, re, sys
from re import _compiler
compiled = []
_compile = _compiler.compile
def counting(pattern, flags=0):
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.replace("\\\\", "/").endswith(("/re/__init__.py", "/lazyre.py")):
        frame = frame.f_back
    if isinstance(pattern, str):  # (a bytes pattern is compiled as it was)
        compiled.append(frame.f_globals.get("__name__") if frame is not None else "")
    return _compile(pattern, flags)
_compiler.compile = counting
import claimcheck.cli
from claimcheck import lazyre
at_import = sorted(set(compiled))
import platform, tokenize, click._compat
assert re.compile is lazyre._std_compile
checks = [
    platform._sys_version_parser.match(sys.version.replace("\\n", " ")) is not None,
    [type(p).__name__ for p in (platform._component_re, tokenize.cookie_re, click._compat._ansi_re)],
    platform._component_re.split("3.11.7") == re.compile(platform._component_re.pattern).split("3.11.7"),
    tokenize.cookie_re.match("# -*- coding: latin-1 -*-").group(1),
    click._compat.strip_ansi("\\x1b[31mred\\x1b[0m"),
    claimcheck.cli._visible("a\\x1bb"),
    type(platform._component_re.compiled) is re.Pattern,
]
print(json.dumps([at_import, checks]))
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CLAIMCHECK_CACHE_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    at_import, checks = json.loads(out.stdout.strip().splitlines()[-1])
    assert not {"platform", "tokenize", "click._compat", "claimcheck.cli"} & set(at_import)
    assert checks == [True, ["_Deferred"] * 3, True, "latin-1", "red", "a\\x1bb", True]


def test_a_deferred_pattern_answers_as_re_does_and_leaves_other_modules_alone():
    pattern = lazyre.deferred(r"(?P<w>\w+)-(\d)", std_re.I)
    assert pattern._compiled is None
    assert [m.groupdict() for m in pattern.finditer("ab-1 cd-2")] == [{"w": "ab"}, {"w": "cd"}]
    assert pattern.compiled is std_re.compile(r"(?P<w>\w+)-(\d)", std_re.I)  # the standard module's, from its memo
    assert pattern.groups == 2 and pattern.flags == std_re.compile(r"(?P<w>\w+)-(\d)", std_re.I).flags
    with lazyre.patterns_of_imports_deferred(frozenset({"some.other.module"})):
        here = std_re.compile(r"x+")
    assert type(here) is std_re.Pattern and std_re.compile is lazyre._std_compile
