"""The ``claimcheck`` command: thin, it parses flags, calls the pipeline, picks a reporter.

Exit status: 0 nothing at or above ``--fail-on``; 1 findings; 2 a usage, input or
configuration error (one clear message on standard error, never a traceback).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from claimcheck import __version__
from claimcheck.errors import ClaimcheckError, UsageError

FAIL_ON = click.Choice(["error", "warning", "info", "never"])
READERS = click.Choice(["markdown", "text", "html", "pdf"])


def _settings(config, **overrides):
    from claimcheck.config import load_settings

    return load_settings(Path(config) if config else None, **overrides)


def _emit(text: str, output: str | None) -> None:
    if output:
        from claimcheck.fileio import write_atomic

        write_atomic(output, text)
    else:
        click.echo(text, nl=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
def cli() -> None:
    """Extract checkable claims from report drafts and flag what does not add up."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--fail-on", type=FAIL_ON, default=None, help="Lowest severity that fails the run [default: warning].")
@click.option("--select", multiple=True, help="Only these rules: codes, families or names (repeatable).")
@click.option("--ignore", multiple=True, help="Skip these rules: codes, families or names (repeatable).")
@click.option("--reader", type=READERS, default=None, help="Force a reader instead of choosing by suffix.")
@click.option("--publication-date", default=None, help="Publication date (YYYY-MM-DD) when the draft has none.")
@click.option("--config", type=click.Path(dir_okay=False), default=None, help="Settings file (claimcheck.toml or pyproject.toml).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None, help="Write the report to a file (atomically).")
@click.option("--max-size", "max_size_mb", type=float, default=None, help="Largest draft to read, in MiB [default: 20].")
def verify(paths, fmt, fail_on, select, ignore, reader, publication_date, config, output, max_size_mb):
    """Check drafts (files or folders) and report what does not add up."""
    from claimcheck.pipeline import verify as run
    from claimcheck.report import render

    overrides = {
        "fail_on": fail_on,
        "reader": reader,
        "publication_date": publication_date,
        "max_size_mb": max_size_mb,
        "select": list(select) or None,
        "ignore": list(ignore) or None,
    }
    settings = _settings(config, **overrides)
    result = run(list(paths), settings)
    for err in result.errors:
        click.echo(err.render(), err=True)
    _emit(render(result, fmt), output)
    return result.exit_code(settings.fail_on)


@cli.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True)
def rules_cmd(fmt):
    """List the rule catalogue."""
    from claimcheck.rules.docs import catalogue_json, catalogue_markdown, catalogue_text

    click.echo({"text": catalogue_text, "markdown": catalogue_markdown, "json": catalogue_json}[fmt](), nl=False)
    return 0


@cli.command("rule")
@click.argument("code")
def rule_cmd(code):
    """Print one rule's documentation (by code or name)."""
    from claimcheck.rules.catalogue import get_rule
    from claimcheck.rules.docs import rule_page

    rule = get_rule(code)
    if rule is None:
        raise UsageError(f"no rule {code!r}", hint="`claimcheck rules` lists them", code="E401")
    click.echo(rule_page(rule))
    return 0


@cli.command()
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(["json", "yaml", "table"]), default="table", show_default=True)
@click.option("--kind", "kinds", multiple=True, help="Only these claim kinds (repeatable).")
@click.option("--reader", type=READERS, default=None)
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None)
def extract(path, fmt, kinds, reader, output):
    """Print the checkable claims of a draft as typed records."""
    from claimcheck.claims.models import CLAIM_KINDS
    from claimcheck.extract import extract as run
    from claimcheck.ingest import load_document
    from claimcheck.report.claims import render_claims

    bad = [k for k in kinds if k not in CLAIM_KINDS]
    if bad:
        raise UsageError(
            f"unknown claim kind {bad[0]!r}", hint=f"choose from {', '.join(CLAIM_KINDS)}", code="E402"
        )
    doc = load_document(path, reader=reader)
    claims = run(doc, list(kinds) or None)
    _emit(render_claims(claims, fmt), output)
    return 0


@cli.command()
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--reader", type=READERS, default=None)
def show(path, fmt, reader):
    """Show how a draft was read: articles, paragraphs, references and footnotes."""
    from claimcheck.ingest import load_document
    from claimcheck.report.document import render_document

    doc = load_document(path, reader=reader)
    click.echo(render_document(doc, fmt), nl=False)
    return 0


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI, turn every user error into one message and exit 2."""
    try:
        code = cli.main(args=argv, prog_name="claimcheck", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        code = 130
    except click.ClickException as exc:
        exc.show()
        code = 2
    except ClaimcheckError as exc:
        click.echo(exc.render(), err=True)
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
    sys.exit(code if isinstance(code, int) else 0)
