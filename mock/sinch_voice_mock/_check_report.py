"""What `check_callbacks` found: one `Finding` per check, and the report that renders them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Finding:
    """One check: what was sent, what came back, and whether that is what Sinch needs."""

    check: str
    outcome: str  # "pass", "fail" or "warn"
    detail: str
    example: str | None = None  # the event posted, as JSON, for a failure

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

    def render(self) -> str:
        """The report as text: failures and warnings in full, passes counted."""
        lines = [f"check-callbacks {self.url} (seed {self.seed})"]
        passed = sum(1 for f in self.findings if f.outcome == "pass")
        for finding in self.findings:
            if finding.outcome == "pass":
                continue
            lines.append(f"  {finding.outcome.upper()} {finding.check}: {finding.detail}")
            if finding.example is not None:
                lines.append(f"       example: {finding.example}")
        failed, warned = len(self.failures), sum(f.outcome == "warn" for f in self.findings)
        lines.append(f"{passed} passed, {failed} failed, {warned} warnings")
        if failed:
            lines.append(f"reproduce with --seed {self.seed}")
        return "\n".join(lines)
