"""Write openapi.yaml with CURATION.md appended to its description, for the rendered reference.

The notes live in one place (CURATION.md); the published page should show them beside the
operations, so `make docs` joins the two into a build file and renders that.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def main(out: Path) -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    notes = (ROOT / "CURATION.md").read_text()
    # Redoc makes a sidebar entry of each heading, and shows code in one as nothing: the
    # page's own title names the file in words.
    title, _, rest = notes.partition("\n")
    if title.startswith("# "):
        notes = "# Curation notes\n" + rest
    spec["info"]["description"] = spec["info"]["description"].rstrip() + "\n\n" + notes
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
