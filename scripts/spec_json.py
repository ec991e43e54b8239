"""Write openapi.yaml as JSON into the toolkit package: the rules the client checks at run time.

The toolkit compiles its request and answer validators from this file, so the client path never
imports a YAML parser. `make generate` writes it and `make check-generated` fails when it drifts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml


def main(source: str, target: str) -> None:
    spec = yaml.safe_load(Path(source).read_text(encoding="utf-8"))
    text = json.dumps(spec, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    Path(target).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
