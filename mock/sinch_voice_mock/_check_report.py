"""What `check_callbacks` found: one `Finding` per check, and the report that renders them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sinch_voice_toolkit._redaction import printable

SHOWN_PER_GROUP = 5
SHOWN_EXAMPLE_CHARS = 600  # of an example in the text; `Finding.example` keeps it whole


@dataclass(frozen=True)
class Finding:
    """One check: what was sent, what came back, and whether that is what Sinch needs."""

    check: str
    outcome: str  # "pass", "fail" or "warn"
    detail: str
    example: str | None = None  # the whole event posted, as JSON, for a failure

    @property
    def failed(self) -> bool:
        return self.outcome == "fail"


@dataclass
class CallbackCheckReport:
    """Every finding of one `check_callbacks` run."""

    url: str
    seed: int
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no check failed (warnings allowed)."""
        return not any(f.failed for f in self.findings)

    @property
    def failures(self) -> list[Finding]:
        return [f for f in self.findings if f.failed]

    def render(self, shown_per_group: int = SHOWN_PER_GROUP) -> str:
        """The report as text: failures and warnings with their examples, passes counted.
        Every control character in it is escaped (`\\x1b`): the handler's words are shown,
        never acted on by the terminal.

        At most `shown_per_group` failures are shown per event kind (or refusal check); the
        rest are counted, since one fault usually fails every event of its kind.
        """
        lines = [f"check-callbacks {printable(self.url)} (seed {self.seed})"]
        passed = sum(1 for f in self.findings if f.outcome == "pass")
        shown: Counter[str] = Counter()
        for finding in self.findings:
            if finding.outcome == "pass":
                continue
            group = finding.check.split(":")[0]
            shown[group] += 1
            if shown[group] > shown_per_group:
                continue
            what = f"{finding.outcome.upper()} {finding.check}: {finding.detail}"
            lines.append(f"  {printable(what)}")
            if finding.example is not None:
                example = finding.example
                if len(example) > SHOWN_EXAMPLE_CHARS:
                    example = example[: SHOWN_EXAMPLE_CHARS - 1] + "…"
                lines.append(f"       example: {printable(example)}")
        for group, count in shown.items():
            if count > shown_per_group:
                lines.append(f"  ... and {count - shown_per_group} more of {printable(group)}")
        failed, warned = len(self.failures), sum(f.outcome == "warn" for f in self.findings)
        lines.append(f"{passed} passed, {failed} failed, {warned} warnings")
        if failed:
            lines.append(f"reproduce with --seed {self.seed}")
        return "\n".join(lines)
