"""End to end: the ``claimcheck`` command as editors and CI run it."""

from __future__ import annotations

import json

import pytest

from conftest import EXAMPLE, ISSUE_TXT, ROOT, requires_corpus, run_cli


def test_verify_example_text_output():
    res = run_cli("verify", "docs/examples/issue-23.md", subprocess_=True)  # a whole process, as the README runs it
    assert res.returncode == 1
    lines = res.stdout.splitlines()
    assert lines[0] == (
        "docs/examples/issue-23.md:33:22: error FN002 reference 4 has no footnote in article 2 "
        "('Satellites for Everyone')"
    )
    assert "docs/examples/issue-23.md:42:1: error FN001 footnote 3 is defined twice" in res.stdout
    assert "    docs/examples/issue-23.md:41:1: note: footnote 3 first defined here" in lines
    assert lines[-1] == "2 findings (2 errors) in 1 file"
    assert res.stderr == ""


def test_verify_json_contract():
    res = run_cli("verify", str(EXAMPLE.relative_to(ROOT)), "--format", "json")
    assert res.returncode == 1
    data = json.loads(res.stdout)
    assert set(data) == {"version", "findings", "errors", "summary"}
    f = data["findings"][0]
    assert {"rule", "severity", "message", "path", "line", "column", "related"} <= set(f)
    assert f["related"][0].keys() >= {"path", "line", "column", "message"}
    assert data["summary"]["findings"] == 2 and data["summary"]["by_severity"]["error"] == 2
    order = [(x["path"], x["line"], x["column"], x["rule"]) for x in data["findings"]]
    assert order == sorted(order)


@pytest.mark.parametrize(("fail_on", "code"), [("error", 1), ("warning", 1), ("never", 0)])
def test_fail_on(fail_on, code):
    assert run_cli("verify", "docs/examples/issue-23.md", "--fail-on", fail_on).returncode == code


def test_warnings_only_pass_with_fail_on_error(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("Costs fell.[^1]\n\n[^1]: A.\n[^2]: B.\n")
    assert run_cli("verify", draft, "--fail-on", "error").returncode == 0
    assert run_cli("verify", draft).returncode == 1


def test_clean_draft_exits_0(tmp_path):
    draft = tmp_path / "ok.md"
    draft.write_text("Costs fell.[^1]\n\n[^1]: A.\n")
    res = run_cli("verify", draft)
    assert res.returncode == 0 and res.stdout.strip() == "0 findings in 1 file"


def test_folder_of_drafts_in_deterministic_order(tmp_path):
    for name in ("b.md", "a.md"):
        (tmp_path / name).write_text("Costs fell.[^1]\n")
    res = run_cli("verify", tmp_path, "--format", "json")
    paths = [f["path"] for f in json.loads(res.stdout)["findings"]]
    assert paths == sorted(paths) and len(paths) == 2


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("missing.md", None, "E101"),
        ("empty-dir", "dir", "E102"),
        ("e.md", b"", "E105"),
        ("b.txt", b"\x00\x01\x02", "E106"),
        ("l.md", b"caf\xe9", "E107"),
    ],
)
def test_bad_input_one_line_exit_2(tmp_path, name, content, code):
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    res = run_cli("verify", path, subprocess_=True)  # no traceback from a whole process
    assert res.returncode == 2
    err = res.stderr.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"error[{code}]: {path}")
    assert "Traceback" not in res.stderr


def test_huge_file_exit_2_quickly(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.seek(100 * 1024 * 1024)
        fh.write(b"x")
    res = run_cli("verify", big)
    assert res.returncode == 2 and "E104" in res.stderr and "Traceback" not in res.stderr


def test_bad_file_among_good_ones_still_checks_the_others(tmp_path):
    (tmp_path / "e.md").write_text("")
    res = run_cli("verify", EXAMPLE, tmp_path / "e.md")
    assert res.returncode == 2
    assert "FN001" in res.stdout and "E105" in res.stderr


def test_usage_errors_exit_2():
    assert run_cli("verify").returncode == 2
    assert run_cli("verify", "x.md", "--fail-on", "sometimes").returncode == 2
    res = run_cli("rule", "XX999")
    assert res.returncode == 2 and "no rule" in res.stderr


def test_rules_and_rule():
    res = run_cli("rules")
    table = res.stdout.split("\n\n")[0].splitlines()[1:]
    codes = [line.split()[0] for line in table]
    assert res.returncode == 0 and "FN001" in codes and codes[:-1] == sorted(codes[:-1])
    assert "Why each rule is in the default set or not:" in res.stdout
    assert all(line.split()[3] in ("yes", "no") for line in table)
    page = run_cli("rule", "FN001").stdout
    assert page.startswith("# FN001 duplicate-footnote-number") and "## Why is this bad?" in page
    assert run_cli("rule", "unreferenced-footnote").stdout.startswith("# FN003")


def test_show_and_output_file(tmp_path):
    res = run_cli("show", "docs/examples/issue-23.md")
    assert "article 2: Satellites for Everyone" in res.stdout
    out = tmp_path / "report.json"
    res = run_cli("verify", "docs/examples/issue-23.md", "--format", "json", "-o", out)
    assert res.returncode == 1 and res.stdout == ""
    assert json.loads(out.read_text())["summary"]["findings"] == 2


def test_python_dash_m_and_version():
    res = run_cli("--version", subprocess_=True)
    assert res.returncode == 0 and "claimcheck" in res.stdout


@requires_corpus
def test_corpus_footnote_findings_exactly():
    """Every footnote defect really in the extracted issue, and nothing else."""
    res = run_cli("verify", ISSUE_TXT, "--format", "json", "--select", "FN")
    data = json.loads(res.stdout)
    got = [(f["rule"], f["line"], f["column"], f["message"]) for f in data["findings"]]
    assert got == [
        ("FN002", 157, 33, "reference 6 has no footnote in article 1 ('Introduction')"),
        ("FN001", 185, 1, "footnote 5 is defined twice in article 1 ('Introduction')"),
        ("FN002", 1313, 52, "references 15–21 have no footnotes in article 4; the notes stop at 14"),
    ]
    assert res.returncode == 1


@requires_corpus
def test_corpus_web_rendition_has_no_footnote_findings():
    res = run_cli("verify", ISSUE_TXT.parent / "web.txt", "--select", "FN")
    assert res.returncode == 0


# --------------------------------------------------------------------------- what a newcomer meets
def _walk(group, prefix=()):
    import click

    for name, cmd in sorted(group.commands.items()):
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from _walk(cmd, (*prefix, name))


def test_every_command_and_option_has_a_one_line_help():
    import click

    from claimcheck.cli import cli

    for path, cmd in _walk(cli):
        assert (cmd.help or "").strip(), f"`claimcheck {' '.join(path)}` has no description"
        for param in cmd.params:
            if isinstance(param, click.Option):
                text = (param.help or "").strip()
                assert text and "\n" not in text, f"`claimcheck {' '.join(path)} {param.opts[0]}` has no one-line help"


def test_top_level_help_shows_whole_summaries(capsys):
    from conftest import run_in_process

    from claimcheck.cli import cli

    code, out, _ = run_in_process("--help", capsys=capsys)
    assert code == 0 and "..." not in out.split("Commands:")[1]
    flat = " ".join(out.split())
    for name, cmd in cli.commands.items():
        assert " ".join(cmd.help.split("\n\n")[0].split()) in flat, name


def test_kind_takes_both_spellings_and_help_lists_the_kinds(capsys):
    from conftest import run_in_process

    from claimcheck.claims.models import CLAIM_KINDS
    from claimcheck.cli import CLAIM_KINDS as SHOWN

    assert [k.replace("-", "_") for k in SHOWN] == list(CLAIM_KINDS)
    a = run_in_process("extract", "docs/examples/issue-23.md", "--kind", "member-list", capsys=capsys)
    b = run_in_process("extract", "docs/examples/issue-23.md", "--kind", "member_list", capsys=capsys)
    assert a == b and a[0] == 0 and "member_list  the ILRS" in a[1]
    code, out, _ = run_in_process("extract", "--help", capsys=capsys)
    assert "member-list" in out and "quotation" in out
    code, _, err = run_in_process("extract", "docs/examples/issue-23.md", "--kind", "members", capsys=capsys)
    assert code == 2 and "member-list" in err


def test_rule_given_a_family_lists_it(capsys):
    from conftest import run_in_process

    for family in ("FN", "fn", "footnotes"):
        code, out, _ = run_in_process("rule", family, capsys=capsys)
        assert code == 0 and out.startswith("FN footnotes: 4 rules")
        assert "FN001  duplicate-footnote-number" in out
    code, _, err = run_in_process("rule", "ZZ", capsys=capsys)
    assert code == 2 and "E401" in err


def test_every_listed_rule_has_a_page(capsys):
    """`claimcheck rule CODE` works for every rule `claimcheck rules` lists, CC001 (unused
    suppressions) included."""
    import json

    from conftest import run_in_process

    code, out, _ = run_in_process("rules", "--format", "json", capsys=capsys)
    listed = [r["code"] for r in json.loads(out)]
    assert code == 0 and "CC001" in listed
    for rule in listed:
        code, out, err = run_in_process("rule", rule, capsys=capsys)
        assert code == 0 and out.startswith(f"# {rule} "), (rule, err)


def test_rule_pages_are_markdown_without_rst_literals(capsys):
    from conftest import run_in_process

    from claimcheck.rules.catalogue import RULES
    from claimcheck.rules.docs import rule_page

    code, out, _ = run_in_process("rule", "CT001", capsys=capsys)
    assert code == 0 and "`/2024/09/24/`" in out
    for rule in RULES:
        assert "``" not in rule_page(rule).replace("```", ""), rule.code


def test_checklist_steps_honour_format_json(capsys):
    from conftest import run_in_process

    code, out, _ = run_in_process("checklist", "--steps", "--format", "json", capsys=capsys)
    steps = json.loads(out)
    assert code == 0 and steps[0]["display"] == 'Given the draft "PATH"'


@pytest.mark.parametrize(
    "args",
    [
        ("verify", "nope.md"),
        ("extract", "nope.md"),
        ("show", "nope.md"),
        ("diff", "nope.md", "docs/examples/issue-23.md"),
        ("claims", "init", "nope.md", "-o", "x.yml"),
        ("status", "nope.md", "--claims", "docs/examples/claims"),
        ("annotate", "nope.md"),
    ],
)
def test_a_missing_draft_is_the_same_error_for_every_command(args, capsys):
    from conftest import run_in_process

    code, out, err = run_in_process(*args, capsys=capsys)
    assert code == 2 and out == ""
    assert (
        err
        == "error[E101]: nope.md: no such file or directory (check the path; claimcheck reads .md, .txt, .html, .pdf and .docx drafts)\n"
    )
