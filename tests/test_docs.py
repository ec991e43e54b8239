"""`make docs` renders one HTML page naming all six operations, with the curation notes."""

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "build" / "docs" / "index.html"


def test_make_docs_renders_every_operation_and_the_notes() -> None:
    PAGE.unlink(missing_ok=True)
    make = shutil.which("make")
    assert make is not None
    result = subprocess.run(
        [make, "-s", "docs", f"PYTHON={sys.executable}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    html = PAGE.read_text()
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    operations = [
        op
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    ]
    assert len(operations) == 6
    for operation in operations:
        assert operation["summary"] in html, operation["summary"]
        assert operation["operationId"] in html, operation["operationId"]
    assert "Curation notes for" in html  # CURATION.md is part of the page
