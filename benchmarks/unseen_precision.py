"""Precision on real documents nobody tuned for: the survey's sources, the files it left out.

    python benchmarks/unseen_precision.py --repo 18f=CLONE:content/posts/ \\
        --repo rustblog=CLONE:content/ [--per-source 25] [--seed 10] [--out DIR] [--render K]

``../shared/realdocs`` holds 309 documents, and every rule has been tuned until it is quiet on
them, so its figure (findings per document) flatters. The repositories it was taken from
hold thousands more posts of the same kinds. This script samples, from a local clone of each
(``NAME=GIT_DIR_OR_CLONE:FOLDER[:SUFFIX]``, suffix ``.md`` unless given), up to
``--per-source`` files the collection does not hold (by their path in the repository, as its
manifest's ``origin`` gives it), each of 3 KB to 200 KB, in a fixed random order
(``--seed``); copies them to ``--out`` (outside the project: the documents are not ours to
keep); optionally renders ``--render`` of the Markdown ones to PDF and PDF text the way the
collection's PDFs were made (``pandoc -s`` | Chromium ``--print-to-pdf``, then
``pdftotext``; skipped when a tool is missing); runs the default catalogue over them in
process; and prints every finding, then the count per rule and per document.

Read every finding: each is a false alarm until an editor would fix it. Use a new
``--seed`` for a new sample once a sample's findings have been read and fixed: a sample you
tuned on is no longer unseen. The sources used so far and their figures are in
docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from _realdocs import available, manifest

MIN_BYTES = 3_000
MAX_BYTES = 200_000


@dataclass(frozen=True)
class Repo:
    name: str
    git_dir: Path
    folder: str
    suffix: str = ".md"


def parse_repo(spec: str) -> Repo:
    """``NAME=PATH:FOLDER[:SUFFIX]`` (PATH a clone or its ``.git`` directory)."""
    name, _, rest = spec.partition("=")
    parts = rest.split(":")
    if not name or len(parts) not in (2, 3) or not parts[0]:
        raise SystemExit(f"--repo {spec!r}: expected NAME=PATH:FOLDER[:SUFFIX]")
    path = Path(parts[0])
    git_dir = path / ".git" if (path / ".git").exists() else path
    return Repo(name, git_dir, parts[1], parts[2] if len(parts) == 3 else ".md")


def _git(repo: Repo, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(repo.git_dir), *args], capture_output=True, check=True).stdout


def surveyed() -> set[str]:
    """The repository paths of the documents ``../shared/realdocs`` holds."""
    if not available():
        return set()
    origins = (entry.get("origin") or "" for entry in manifest())
    return {origin.split(":", 1)[1] for origin in origins if ":" in origin}


def sample(repo: Repo, per_source: int, seed: int, skip: set[str]) -> list[tuple[str, bytes]]:
    """Up to ``per_source`` (path, content) of ``repo``'s files under its folder, not in
    ``skip``, of a readable size, in a fixed random order."""
    names = _git(repo, "ls-tree", "-r", "--name-only", "HEAD").decode("utf-8", "replace").splitlines()
    candidates = sorted(n for n in names if n.startswith(repo.folder) and n.endswith(repo.suffix) and n not in skip)
    random.Random(f"{seed}:{repo.name}").shuffle(candidates)
    picked: list[tuple[str, bytes]] = []
    for path in candidates:
        if len(picked) >= per_source:
            break
        blob = _git(repo, "show", f"HEAD:{path}")
        if MIN_BYTES <= len(blob) <= MAX_BYTES:
            picked.append((path, blob))
    return picked


def render(markdown: Path, pdf: Path, text: Path) -> bool:
    """``markdown`` as a PDF and its ``pdftotext``, as the collection's were made."""
    tools = {t: shutil.which(t) for t in ("pandoc", "chromium", "pdftotext")}
    if not all(tools.values()):
        return False
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "page.html"
        done = subprocess.run(
            [
                tools["pandoc"],
                str(markdown),
                "-f",
                "markdown",
                "-s",
                "-o",
                str(html),
                "--metadata",
                f"title={markdown.stem}",
            ],
            capture_output=True,
        )
        if done.returncode:
            return False
        subprocess.run(
            [
                tools["chromium"],
                "--headless",
                "--no-sandbox",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}",
                html.as_uri(),
            ],
            capture_output=True,
            timeout=120,
        )
    if not pdf.is_file():
        return False
    return subprocess.run([tools["pdftotext"], str(pdf), str(text)], capture_output=True).returncode == 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repo", action="append", required=True, help="NAME=PATH:FOLDER[:SUFFIX]")
    ap.add_argument("--per-source", type=int, default=25)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "claimcheck-unseen")
    ap.add_argument("--render", type=int, default=0, help="render this many Markdown files to PDF and PDF text")
    args = ap.parse_args(argv)

    from claimcheck.config import Settings
    from claimcheck.pipeline import verify

    skip = surveyed()
    files: list[Path] = []
    for repo in map(parse_repo, args.repo):
        for path, blob in sample(repo, args.per_source, args.seed, skip):
            dest = args.out / repo.name / path.replace("/", "__")
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(blob)
            files.append(dest)
    (args.out / "claimcheck.toml").write_text("", encoding="utf-8")  # the defaults, whatever is above
    markdown = [f for f in files if f.suffix == ".md"]
    random.Random(args.seed).shuffle(markdown)
    for md in markdown[: args.render]:
        pdf = args.out / "pdf" / (md.parent.name + "__" + md.stem + ".pdf")
        text = args.out / "pdf-text" / (pdf.stem + ".txt")
        pdf.parent.mkdir(exist_ok=True)
        text.parent.mkdir(exist_ok=True)
        if render(md, pdf, text):
            files += [pdf, text]
    result = verify(files, Settings(), keep_documents=False)
    for f in result.findings:
        print(f"{f.location.path}:{f.location.line}:{f.location.column}: {f.rule} {f.message}")
    for error in result.errors:
        print(f"error: {error}")
    by_rule = Counter(f.rule for f in result.findings)
    docs = len({f.location.path for f in result.findings})
    print(
        f"\n{len(files)} unseen documents, {len(result.findings)} findings "
        f"({len(result.findings) / max(1, len(files)):.2f} per document) in {docs} of them"
    )
    for rule, n in sorted(by_rule.items()):
        print(f"  {rule} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
