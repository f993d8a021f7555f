"""The ``claimcheck`` command: thin, it parses flags, calls the pipeline, picks a reporter.

Exit status: 0 nothing at or above ``--fail-on``; 1 findings; 2 a usage, input or
configuration error (one clear message on standard error, never a traceback).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, ContextManager, Iterable, Iterator, TypeVar
import os
import sys
from pathlib import Path

from claimcheck import __version__, lazyre
from claimcheck.errors import ClaimcheckError, UsageError

#: modules imported with click whose patterns, compiled at import, a run seldom or never
#: uses, each used only through its own methods: compiled on first use instead
#: (``platform``'s eight, for ``uuid``'s test of the system, are never used). Not
#: ``gettext``, which hands its pattern to ``re.finditer``.
_DEFERRED_PATTERNS = frozenset({"platform", "tokenize", "click._compat"})

with lazyre.patterns_of_imports_deferred(_DEFERRED_PATTERNS):
    import click

if TYPE_CHECKING:  # imported when a command runs: `claimcheck --help` stays fast
    from claimcheck.config import Settings
    from claimcheck.findings.baseline import Baseline
    from claimcheck.findings.result import Result
    from claimcheck.resultcache import Entry
    from claimcheck.diff import Scope

FAIL_ON = click.Choice(["error", "warning", "info", "never"])
READERS = click.Choice(["markdown", "text", "html", "pdf", "docx"])
REPORT_FORMATS = ("text", "concise", "json", "sarif", "github", "gitlab", "junit", "markdown", "html")
#: the claim kinds, as ``--kind`` takes them (``member-list`` or ``member_list``); a test
#: keeps this in step with :data:`claimcheck.claims.models.CLAIM_KINDS`
CLAIM_KINDS = ("quantity", "money", "count", "date", "member-list", "acronym", "citation", "quotation")
READER_HELP = "Read every draft as this format instead of choosing by suffix."
OUTPUT_HELP = "Write to this file (atomically) instead of standard output."
CONFIG_HELP = "Settings file (claimcheck.toml or pyproject.toml) [default: the nearest one]."
REGISTRY_HELP = "Registry of reviewed claims (folder or file) [default: `registry` in the settings; without one, {}]."
PUBLICATION_DATE_HELP = "Publication date (YYYY-MM-DD) when the draft has none."

_F = TypeVar("_F", bound=Callable[..., Any])


# the options several commands take, declared once (a command passes its own help where it
# says something of its own)
def _output_option(help: str = OUTPUT_HELP) -> Callable[[_F], _F]:
    return click.option("--output", "-o", type=click.Path(dir_okay=False), default=None, help=help)


def _config_option(help: str = CONFIG_HELP) -> Callable[[_F], _F]:
    return click.option("--config", type=click.Path(dir_okay=False), default=None, help=help)


def _claims_option(help: str) -> Callable[[_F], _F]:
    return click.option("--claims", "claims_path", type=click.Path(), default=None, help=help)


def _format_option(choices: list[str], default: str, help: str = "Output format.") -> Callable[[_F], _F]:
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True, help=help)


_reader_option = click.option("--reader", type=READERS, default=None, help=READER_HELP)
_publication_date_option = click.option("--publication-date", default=None, help=PUBLICATION_DATE_HELP)


class _Group(click.Group):
    """A command group whose command list shows each command's whole summary line
    (click cuts them at about 45 characters), and whose commands other than those defined
    with it are defined when first needed: ``define_more`` is called the first time
    ``commands`` is read, unless the command asked for is one already defined."""

    define_more: Callable[[], None] | None = None

    @property  # type: ignore[override]  # a plain attribute in click.Group
    def commands(self) -> dict[str, click.Command]:
        define, self.define_more = self.define_more, None
        if define is not None:
            define()
        return self._commands

    @commands.setter
    def commands(self, value: dict[str, click.Command]) -> None:
        self._commands = value

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self._commands.get(cmd_name) or self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            cmd = self.get_command(ctx, name)
            if cmd is None or cmd.hidden:
                continue
            rows.append((name, cmd.short_help or (cmd.help or "").strip().split("\n\n")[0].replace("\n", " ")))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _settings(config: str | None, **overrides: Any) -> Settings:
    from claimcheck.config import load_settings

    return load_settings(Path(config) if config else None, **overrides)


def _in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def _for_log(text: str, github: bool = False) -> str:
    """Text for a CI log: in GitHub Actions (or with the github format) a draft's words can
    never become a workflow command (see :func:`claimcheck.report.github.log_safe`)."""
    if github or _in_github_actions():
        from claimcheck.report.github import log_safe

        return log_safe(text)
    return text


#: control characters a draft may hold (terminal escapes, carriage returns, NULs)
_CONTROL = lazyre.deferred(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(text: str) -> str:
    """Control characters from a draft shown as ``\\x1b``-style text: they must neither
    drive the terminal nor vanish when piped."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _emit(
    text: str, output: str | None, inputs: Iterable[str | os.PathLike[str]] = (), *, log_safe: bool = False
) -> None:
    """Print ``text``, or write it to ``output`` safely (never over one of ``inputs``).
    ``log_safe``: the text is already safe for a GitHub log (the github format's commands)."""
    if output:
        from claimcheck.fileio import write_output

        write_output(output, text, inputs=inputs)
    else:
        click.echo(_visible(text if log_safe else _for_log(text)), nl=False, color=True)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
def cli() -> None:
    """Extract checkable claims from report drafts and flag what does not add up."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--output-format",
    "--format",
    "fmt",
    type=click.Choice(list(REPORT_FORMATS)),
    default=None,
    help="Report format (see docs/reports.md) [default: text, or `output-format` in the settings].",
)
@click.option("--fail-on", type=FAIL_ON, default=None, help="Lowest severity that fails the run [default: warning].")
@click.option(
    "--select",
    multiple=True,
    help="Only these rules: codes, families (FN or footnotes) or names; repeatable or comma-separated.",
)
@click.option("--extend-select", multiple=True, help="Add these rules to the selection (or to the default set).")
@click.option(
    "--ignore", multiple=True, help="Skip these rules: codes, families or names; repeatable or comma-separated."
)
@click.option("--extend-ignore", multiple=True, help="Skip these rules too, on top of `ignore` from the settings.")
@click.option(
    "--stdin-filename",
    default=None,
    metavar="NAME",
    help="With `-` among the paths: the name of the draft read from standard input (its suffix picks the reader; findings carry it) [default: stdin.md].",
)
@click.option(
    "--cache-dir",
    default=None,
    metavar="DIR",
    help="Keep caches (ECB rate look-ups) in DIR, e.g. a folder a CI cache step keeps.",
)
@click.option("--no-cache", is_flag=True, help="Read and write no cache (same findings, slower).")
@click.option(
    "--exclude", multiple=True, help="Globs of folders and files not to search for drafts (replaces the default list)."
)
@click.option("--extend-exclude", multiple=True, help="Globs to leave out on top of `exclude`.")
@click.option("--no-respect-gitignore", "no_gitignore", is_flag=True, help="Also search what .gitignore ignores.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of the findings.")
@click.option("--show-settings", is_flag=True, help="Print the settings in force (file and flags merged) and exit.")
@_reader_option
@_publication_date_option
@_config_option()
@_output_option("Write the report to a file (atomically).")
@click.option(
    "--max-size", "max_size_mb", type=float, default=None, help="Largest draft to read, in MiB [default: 20]."
)
@click.option(
    "--time-budget",
    "time_budget",
    type=float,
    default=None,
    metavar="SECONDS",
    help="Give up on a draft that takes longer than this and report it as that draft's error; 0: no limit [default: 300].",
)
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Fail only on findings not in this baseline file.",
)
@click.option(
    "--write-baseline",
    "write_baseline_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Record today's findings in FILE (atomically) and exit 0.",
)
@click.option(
    "--changed-since",
    "changed_since",
    metavar="REF",
    default=None,
    help="Only drafts added or modified since this git ref (plus untracked ones).",
)
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Check files in N processes."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@_claims_option(REGISTRY_HELP.format("the RG rules do not run"))
@click.option(
    "--preview",
    is_flag=True,
    default=None,
    help="Also run the preview rules (advisory; under the default set's precision bar).",
)
@click.option(
    "--docs-url",
    "docs_url",
    metavar="URL",
    default=None,
    help="Where claimcheck's documentation is on the web: SARIF then links each rule (helpUri) [default: `docs-url` in the settings, else the installed package's Documentation URL, else no link].",
)
def verify(
    paths: tuple[str, ...],
    fmt: str | None,
    fail_on: str | None,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    extend_ignore: tuple[str, ...],
    stdin_filename: str | None,
    cache_dir: str | None,
    no_cache: bool,
    exclude: tuple[str, ...],
    extend_exclude: tuple[str, ...],
    no_gitignore: bool,
    statistics: bool,
    show_settings: bool,
    reader: str | None,
    publication_date: str | None,
    config: str | None,
    output: str | None,
    max_size_mb: float | None,
    time_budget: float | None,
    baseline_file: str | None,
    write_baseline_file: str | None,
    changed_since: str | None,
    jobs: int,
    quiet: bool,
    claims_path: str | None,
    preview: bool | None,
    docs_url: str | None,
) -> int:
    """Check drafts (files or folders) and report what does not add up."""
    # the pipeline, the rules and the reports are imported below the result cache's look-up:
    # a run served from the cache does not load them (docs/speed.md)
    if baseline_file and write_baseline_file:
        raise UsageError(
            "--baseline and --write-baseline cannot be used together",
            hint="write the baseline first, then check against it",
            code="E417",
        )
    baseline = _load_baseline(baseline_file)
    from claimcheck import cache, resultcache

    # the cache folder of the command line, until the settings name another: reading the
    # settings takes tomllib's patterns from it (and none with --no-cache)
    cache.configure(cache_dir, enabled=not no_cache)

    # the result cache, looked up before the settings are read when the drafts are named
    # files (reading the settings costs most of what a run served from the cache costs)
    quick = quick_folder = None
    github_summary = fmt == "github" and bool(os.environ.get("GITHUB_STEP_SUMMARY"))
    plain_run = not (no_cache or changed_since or baseline_file or write_baseline_file)
    if plain_run and not (
        show_settings or "-" in paths or stdin_filename or github_summary or output
    ):  # -o: the settings file is not yet known to refuse
        quick, quick_folder, kept = _quick_lookup(config, paths, claims_path)
        if kept is not None:
            _emit(kept.text, None, log_safe=fmt == "github")
            return kept.status

    overrides = {
        "fail_on": fail_on,
        "reader": reader,
        "publication_date": publication_date,
        "max_size_mb": max_size_mb,
        "time_budget": time_budget,
        **_listed(select=select, ignore=ignore, extend_select=extend_select, extend_ignore=extend_ignore),
        "cache_dir": cache_dir,
        **_listed(exclude=exclude, extend_exclude=extend_exclude),
        "respect_gitignore": False if no_gitignore else None,
        "preview": preview or None,
        "docs_url": docs_url,
    }
    settings = _settings(config, **overrides)
    if show_settings:
        _emit(_settings_text(settings), output)
        return 0
    if settings.cache_dir != cache_dir:  # `cache-dir` in the settings file (the flag wins)
        from claimcheck.rules._rates import configure_cache

        configure_cache(settings.cache_dir, enabled=not no_cache)
    fmt = _report_format(fmt, settings)
    paths, stdin = _stdin_draft(paths, stdin_filename, settings)
    drafts = _drafts_to_check(paths, changed_since, settings)
    inputs: list[str | os.PathLike[str]] = [*drafts, *(p for p in (baseline_file, config, settings.origin) if p)]
    step_summary = _step_summary(fmt)
    run_key = None
    if plain_run and not (stdin is not None or step_summary):
        run_key = resultcache.key("verify", settings, {"format": fmt, "statistics": statistics}, drafts, claims_path)
        kept = resultcache.load(run_key)
        if kept is not None:
            _emit(kept.text, output, inputs, log_safe=fmt == "github")
            return kept.status
    from claimcheck.pipeline import verify as run
    from claimcheck.report import render

    with _progress(len(drafts), enabled=not quiet) as advance:
        result = run(
            drafts,
            settings,
            jobs=jobs,
            progress=advance,
            keep_documents=fmt == "html",
            registry=claims_path,
            stdin=stdin,
        )
    for err in result.errors:
        click.echo(_for_log(err.render(), fmt == "github"), err=True)
    _baselines(result, drafts, fmt, baseline, baseline_file, write_baseline_file)
    if statistics:
        from claimcheck.report.text import render_statistics

        text = render_statistics(result)
        _emit(text, output, inputs)
    else:
        text = render(result, fmt, **_report_options(fmt, settings, changed_since, step_summary))
        _emit(text, output, inputs, log_safe=fmt == "github")
    if write_baseline_file:
        return 2 if result.errors else 0
    status = result.exit_code(settings.fail_on)
    if run_key is not None and not result.errors:
        _store_result(run_key, quick, quick_folder, settings, text, status)
    return status


def _listed(**given: tuple[str, ...]) -> dict[str, list[str] | None]:
    """Options given several times, as the settings take them (``None``: not given)."""
    return {name: list(values) or None for name, values in given.items()}


def _quick_lookup(
    config: str | None, paths: tuple[str, ...], claims_path: str | None
) -> tuple[str | None, Path | None, Entry | None]:
    """The result cache's quick key (from the command line, before the settings are read),
    its folder, and the run it keeps under that key (``None``: none)."""
    from claimcheck import cache, resultcache

    quick_folder = cache.folder()  # the command line's (verify configured it)
    params = {k: v for k, v in click.get_current_context().params.items() if k not in ("jobs", "quiet", "output")}
    quick = resultcache.quick_key("verify", params, config, paths, claims_path)
    return quick, quick_folder, resultcache.load(quick)


def _store_result(
    run_key: str, quick: str | None, quick_folder: Path | None, settings: Settings, text: str, status: int
) -> None:
    """Keep a run's report in the result cache: under its key, and under the quick key too
    unless the settings name what it does not cover: a registry (its files), or another
    cache folder."""
    from claimcheck import cache, resultcache

    resultcache.store(run_key, text, status)
    if quick is not None and not settings.registry and cache.folder() == quick_folder:
        resultcache.store(quick, text, status)


def _step_summary(fmt: str) -> str | None:
    """The file a GitHub Actions job summary is written to (the github format, in a job)."""
    return os.environ.get("GITHUB_STEP_SUMMARY") or None if fmt == "github" else None


def _load_baseline(baseline_file: str | None) -> Baseline | None:
    if not baseline_file:
        return None
    from claimcheck.findings.baseline import load_baseline

    return load_baseline(baseline_file)


def _report_format(fmt: str | None, settings: Settings) -> str:
    """The report format: given, else the settings', else text; one claimcheck writes."""
    fmt = fmt or settings.output_format or "text"
    if fmt not in REPORT_FORMATS:
        raise UsageError(
            f"unknown output format {fmt!r} in {settings.origin or 'the settings'}",
            hint=f"choose one of: {', '.join(REPORT_FORMATS)}",
            code="E419",
        )
    return fmt


def _stdin_draft(
    paths: tuple[str, ...], stdin_filename: str | None, settings: Settings
) -> tuple[tuple[str, ...], tuple[str, bytes] | None]:
    """The paths without ``-``, and the draft piped in (read once, checked under its given name)."""
    if "-" in paths:
        paths = tuple(p for p in paths if p != "-")
        return paths, (stdin_filename or "stdin.md", sys.stdin.buffer.read(int(settings.max_size_mb * 2**20) + 1))
    if stdin_filename:
        raise UsageError(
            "--stdin-filename names a draft read from standard input: add `-` to the paths",
            hint="e.g. `cat draft.md | claimcheck verify - --stdin-filename draft.md`",
            code="E419",
        )
    return paths, None


def _drafts_to_check(paths: tuple[str, ...], changed_since: str | None, settings: Settings) -> list[Path]:
    """The drafts found under ``paths`` (only those changed since a git ref, if given)."""
    from claimcheck.ingest import find_drafts

    if changed_since:
        from claimcheck.vcs import changed_drafts

        drafts = changed_drafts(list(paths), changed_since, **settings.discovery())
        if not drafts:
            click.echo(f"note: no draft among the paths given changed since {changed_since}", err=True)
        return drafts
    return find_drafts(list(paths), **settings.discovery()) if paths else []


def _baselines(
    result: Result,
    drafts: list[Path],
    fmt: str,
    baseline: Baseline | None,
    baseline_file: str | None,
    write_baseline_file: str | None,
) -> None:
    """Write today's findings as a baseline, or leave out those a baseline records."""
    if write_baseline_file:
        from claimcheck.findings.baseline import write_baseline

        written = write_baseline(write_baseline_file, result.findings, inputs=drafts, checked=result.files)
        click.echo(
            f"wrote {write_baseline_file}: {written.total} findings, {len(written.entries)} fingerprints", err=True
        )
    if baseline is not None and baseline_file:
        from claimcheck.findings.baseline import apply_baseline

        outcome = apply_baseline(result, baseline, baseline_file)
        for line in outcome.notes():
            click.echo(_for_log(line, fmt == "github"), err=True)


def _report_options(
    fmt: str, settings: Settings, changed_since: str | None, step_summary: str | None
) -> dict[str, Any]:
    """What the report format is given besides the result."""
    options: dict[str, Any] = {"fail_on": settings.fail_on}
    if fmt == "sarif":
        from claimcheck.report.sarif import docs_base_url

        options["docs_url"] = docs_base_url(settings.docs_url)
    if fmt == "github":
        options["step_summary"] = step_summary
        if changed_since:
            from claimcheck.vcs import changed_lines

            options["changed_lines"] = changed_lines(changed_since)
    return options


def _settings_text(settings: Settings) -> str:
    """The settings in force as TOML-like lines, with where they came from."""
    import json

    data = settings.model_dump(mode="json", by_alias=True)
    lines = [f"# settings from {settings.origin or 'defaults'} and the command line"]
    for key in sorted(data):
        if data[key] is not None:
            lines.append(f"{key} = {json.dumps(data[key], ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def _progress(total: int, enabled: bool) -> ContextManager[Callable[[str], None] | None]:
    """A rich progress bar on standard error, only on a terminal and for more than one file."""
    import contextlib

    if not enabled or total < 2 or not sys.stderr.isatty():
        return contextlib.nullcontext(None)

    @contextlib.contextmanager
    def bar() -> Iterator[Callable[[str], None]]:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("verify", total=total)
            yield lambda _path: progress.advance(task)

    return bar()


def _other_commands() -> None:
    """Define every command but ``verify`` (and the ``claims`` group): made when first
    asked for (:class:`_Group`), so a ``verify`` run does not build their options, about
    7 M instructions of a short run (docs/speed.md, sixteenth pass)."""

    @cli.command("rules")
    @click.option(
        "--format",
        "fmt",
        type=click.Choice(["text", "markdown", "json"]),
        default="text",
        show_default=True,
        help="Output format (markdown is docs/rules.md).",
    )
    def rules_cmd(fmt: str) -> int:
        """List the rule catalogue."""
        from claimcheck.rules.docs import catalogue_json, catalogue_markdown, catalogue_text

        click.echo({"text": catalogue_text, "markdown": catalogue_markdown, "json": catalogue_json}[fmt](), nl=False)
        return 0

    @cli.command("rule")
    @click.argument("code")
    def rule_cmd(code: str) -> int:
        """Print one rule's documentation (by code or name), or list a family's rules (FN)."""
        from claimcheck.rules.catalogue import get_rule
        from claimcheck.rules.docs import family_text, rule_page

        rule = get_rule(code)
        if rule is None:
            family = family_text(code)
            if family is None:
                raise UsageError(f"no rule {code!r}", hint="`claimcheck rules` lists them", code="E401")
            click.echo(family, nl=False)
            return 0
        click.echo(rule_page(rule))
        return 0

    @cli.command()
    @click.argument("path")
    @_format_option(["json", "yaml", "table"], "table", "Output format (json: docs/json-output.md).")
    @click.option(
        "--kind",
        "kinds",
        multiple=True,
        metavar="KIND",
        help=f"Only claims of this kind, repeatable: {', '.join(CLAIM_KINDS)}.",
    )
    @_reader_option
    @_output_option()
    @click.option("--cache-dir", default=None, metavar="DIR", help="Keep caches (and the claims printed) in DIR.")
    @click.option("--no-cache", is_flag=True, help="Read and write no cache (same claims, slower).")
    def extract(
        path: str,
        fmt: str,
        kinds: tuple[str, ...],
        reader: str | None,
        output: str | None,
        cache_dir: str | None,
        no_cache: bool,
    ) -> int:
        """Print the checkable claims of a draft as typed records."""
        from claimcheck import cache, resultcache

        cache.configure(cache_dir, enabled=not no_cache)
        kinds = tuple(k.strip().lower().replace("-", "_").replace(" ", "_") for k in kinds)
        bad = [k for k in kinds if k.replace("_", "-") not in CLAIM_KINDS]
        if bad:
            raise UsageError(
                f"unknown claim kind {bad[0]!r}", hint=f"choose from {', '.join(CLAIM_KINDS)}", code="E402"
            )
        run_key = resultcache.key("extract", None, {"format": fmt, "kinds": kinds, "reader": reader}, [path])
        kept = resultcache.load(run_key)
        if kept is not None:
            _emit(kept.text, output, [path])
            return kept.status
        from claimcheck.extract import extract as run
        from claimcheck.ingest import load_document
        from claimcheck.report.claims import render_claims

        doc = load_document(path, reader=reader)
        claims = run(doc, list(kinds) or None)
        text = render_claims(claims, fmt)
        _emit(text, output, [path])
        resultcache.store(run_key, text, 0)
        return 0

    @cli.command()
    @click.argument("path")
    @_format_option(["text", "json"], "text")
    @_reader_option
    @click.option(
        "--blocks",
        "list_blocks",
        is_flag=True,
        help="List every block with its class (paragraph, heading, table, ...).",
    )
    def show(path: str, fmt: str, reader: str | None, list_blocks: bool) -> int:
        """Show how a draft was read: articles, block classes, references and footnotes."""
        from claimcheck.ingest import load_document
        from claimcheck.report.document import render_document

        doc = load_document(path, reader=reader)
        _emit(render_document(doc, fmt, blocks=list_blocks), None)
        return 0

    @cli.command("annotate")
    @click.argument("draft")
    @_output_option("The annotated copy to write [default: DRAFT.checked.docx beside the draft]; never the draft.")
    @_claims_option("Registry of reviewed claims for the RG rules [default: `registry` setting].")
    @_publication_date_option
    @click.option("--preview", is_flag=True, default=None, help="Also run the preview rules.")
    @_config_option("Settings file (claimcheck.toml or pyproject.toml).")
    def annotate_cmd(
        draft: str,
        output: str | None,
        claims_path: str | None,
        publication_date: str | None,
        preview: bool | None,
        config: str | None,
    ) -> int:
        """Write a copy of a Word draft (.docx) with every finding as a Word comment."""
        from claimcheck.annotate import annotate

        settings = _settings(config, publication_date=publication_date, preview=preview)
        done = annotate(draft, output, settings=settings, registry=claims_path)
        n = len(done.findings)
        click.echo(
            f"wrote {done.output}: {done.comments} comment{'s' if done.comments != 1 else ''} "
            f"for {n} finding{'s' if n != 1 else ''} in {draft}",
            err=True,
        )
        return 1 if any(f.severity.fails(settings.fail_on) for f in done.findings) else 0

    @cli.command("diff")
    @click.argument("old")
    @click.argument("new")
    @_format_option(["text", "json"], "text")
    @click.option("--article", default=None, metavar="N[:M]", help="Compare article N (of OLD with article M of NEW).")
    @click.option(
        "--scope",
        type=click.Choice(["auto", "all", "overlap"]),
        default="auto",
        show_default=True,
        help="overlap: only the text both carry; auto: overlap when the two differ in structure.",
    )
    @_reader_option
    @_output_option()
    def diff_cmd(
        old: str, new: str, fmt: str, article: str | None, scope: Scope, reader: str | None, output: str | None
    ) -> int:
        """Compare the claims of two versions or renditions of a draft (exit 1 when they differ)."""
        from claimcheck.diff import diff_documents
        from claimcheck.report.diff import render_diff
        from claimcheck.ingest import load_document

        result = diff_documents(
            load_document(old, reader=reader), load_document(new, reader=reader), scope=scope, article=article
        )
        _emit(render_diff(result, fmt), output, [old, new])
        return result.exit_code

    @cli.group("claims", cls=_Group)
    def claims_group() -> None:
        """The registry of reviewed claims (YAML under claims/): check, propose, export."""

    @claims_group.command("check")
    @click.argument("path", required=False)
    @_config_option("Settings file (for its `registry`).")
    def claims_check(path: str | None, config: str | None) -> int:
        """Validate the registry: each problem at its file, line and column (exit 2)."""
        from claimcheck.commands import check

        return check(path, _settings(config))

    @claims_group.command("init")
    @click.argument("draft")
    @_output_option("New file to write [default: CLAIMS/DRAFT-NAME.yml]; never overwritten.")
    @_claims_option(
        "The registry, to skip claims it holds already [default: `registry` in the settings, else claims/]."
    )
    @_reader_option
    @_publication_date_option
    @_config_option()
    def claims_init(
        draft: str,
        output: str | None,
        claims_path: str | None,
        reader: str | None,
        publication_date: str | None,
        config: str | None,
    ) -> int:
        """Propose unverified registry entries for a draft's checkable claims."""
        from claimcheck.commands import init

        return init(draft, output, claims_path, reader, _settings(config, publication_date=publication_date))

    @claims_group.command("export")
    @click.argument("path", required=False)
    @_format_option(["claimreview"], "claimreview", "Export format (schema.org ClaimReview JSON-LD).")
    @_output_option()
    @click.option("--base-url", default=None, help="URL of the published reviews; each review gets URL#id.")
    @_config_option()
    def claims_export(path: str | None, fmt: str, output: str | None, base_url: str | None, config: str | None) -> int:
        """Export the registry's verdicts as schema.org ClaimReview JSON-LD."""
        from claimcheck.commands import export

        return export(path, fmt, output, base_url, _settings(config))

    @claims_group.command("schema")
    @_output_option()
    def claims_schema(output: str | None) -> int:
        """Print the JSON Schema of registry files (docs/claims.schema.json)."""
        from claimcheck.commands import schema

        return schema(output)

    @cli.command("status")
    @click.argument("draft")
    @_claims_option(REGISTRY_HELP.format("an error that says so"))
    @_format_option(["table", "json"], "table")
    @_reader_option
    @_publication_date_option
    @_output_option()
    @_config_option()
    def status_cmd(
        draft: str,
        claims_path: str | None,
        fmt: str,
        reader: str | None,
        publication_date: str | None,
        output: str | None,
        config: str | None,
    ) -> int:
        """Each checkable claim of a draft with its registry entry, status and reviewer."""
        from claimcheck.commands import status

        return status(draft, claims_path, fmt, reader, _settings(config, publication_date=publication_date), output)

    @cli.command("checklist")
    @click.argument("paths", nargs=-1)
    @_format_option(["text", "json"], "text", "Output format (also for --steps).")
    @click.option("--steps", "list_steps", is_flag=True, help="List the step phrases a checklist can use, and exit.")
    @click.option(
        "--allow-local-python",
        "local_python",
        is_flag=True,
        help="Also load conftest.py files beside the checklists (their own steps); off so that a checklist runs no code of its own.",
    )
    def checklist_cmd(paths: tuple[str, ...], fmt: str, list_steps: bool, local_python: bool) -> int:
        """Run review checklists (Gherkin .feature files; default: features/) and print ✓/✗ per step."""
        from claimcheck.bdd.checklist import command

        return command(list(paths) or ["features"], fmt, list_steps, local_python)


cli.define_more = _other_commands


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI, turn every user error into one message and exit 2."""
    if argv is None:  # the command itself: its imports make many objects and no garbage
        import gc

        gc.set_threshold(10_000, *gc.get_threshold()[1:])  # as pipeline.GC_THRESHOLD
        from claimcheck import collector

        collector.pause()  # until the first draft is read (docs/speed.md)
        _no_pydantic_plugins()
        # the code dataclasses write, from the cache folder once it is configured (docs/speed.md)
        from claimcheck import codecache  # noqa: F401
    try:
        code = cli.main(args=argv, prog_name="claimcheck", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        code = 130
    except click.ClickException as exc:
        exc.show()
        code = 2
    except ClaimcheckError as exc:
        click.echo(_for_log(exc.render()), err=True)
        code = 2
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 1
    except KeyboardInterrupt:
        code = 130
    except Exception as exc:  # a bug in claimcheck: say so briefly, keep the trace opt-in
        if os.environ.get("CLAIMCHECK_DEBUG"):
            raise
        click.echo(
            f"error[E999]: internal error in claimcheck: {type(exc).__name__}: {exc} "
            "(please report it; set CLAIMCHECK_DEBUG=1 to see the traceback)",
            err=True,
        )
        code = 2
    code = code if isinstance(code, int) else 0
    if argv is None:  # the command itself (not a caller in process): leave without tidying up
        _leave(code)
    sys.exit(code)


def _no_pydantic_plugins() -> None:
    """Let the command's pydantic models run without looking for pydantic plugins.

    pydantic looks for plugins (packages that observe every validation) when it builds its
    first model: it imports ``importlib.metadata`` (with ``email``, ``zipfile`` and
    ``socket``) and reads the entry points of every installed distribution, a seventh of a
    short run. claimcheck's models are its own and no plugin is meant to watch them, so the
    command, in its own process only (a caller in process keeps its plugins), puts in
    pydantic's plugin loader one that finds none. ``PYDANTIC_DISABLE_PLUGINS`` set to
    anything but ``__all__``, ``1`` or ``true`` (a list of plugins to leave out) keeps
    pydantic's own loader."""
    if "pydantic.plugin._loader" in sys.modules:
        return
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS", "__all__") not in ("__all__", "1", "true"):
        return
    import types

    loader = types.ModuleType("pydantic.plugin._loader")
    loader.get_plugins = tuple  # type: ignore[attr-defined]
    sys.modules[loader.__name__] = loader


def _leave(code: int) -> None:
    """End the process now, as the interpreter would but without its finalization: the
    ``atexit`` functions run (the pattern cache is written there) and the output is
    flushed, then the process ends without freeing every object and module one by one,
    which takes a fifth of a short run. Returns, for a plain ``sys.exit``, when another
    thread still runs, a profiler or tracer watches (``python -m cProfile``, coverage:
    they write their report after the program returns) or the output cannot be flushed
    (the interpreter then reports it as it always does)."""
    import atexit

    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return
    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(code)
