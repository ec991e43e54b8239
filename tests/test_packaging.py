"""The install story of the README, for real: build the wheel, install it into a new virtualenv.

The wheel must carry the licence, the typing marker and the packaged spec; installed without
the `mock` extra, the client works and `sinch-voice --mock` names the extra to install.
"""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_installs_and_works_without_the_mock_extra(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = dist.glob("sinch_voice_toolkit-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for expected in (
        "sinch_voice_toolkit/py.typed",
        "sinch_voice_toolkit/openapi.json",
        "sinch_signing/py.typed",
        "sinch_voice/py.typed",
        "sinch_voice_mock/openapi.yaml",
        "sinch_voice_toolkit/receivers/django.py",
    ):
        assert expected in names, expected
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), names

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python, cli = env_dir / "bin" / "python", env_dir / "bin" / "sinch-voice"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    version = subprocess.run([str(cli), "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.startswith("sinch-voice 0.")
    mock = subprocess.run(
        [str(cli), "--mock", "numbers", "list"], capture_output=True, text=True, check=False
    )
    assert mock.returncode == 2
    assert mock.stderr.strip().startswith("sinch-voice: --mock needs the mock extra")
    assert "pip install 'sinch-voice-toolkit[mock]'" in mock.stderr
    typed = subprocess.run(
        [str(python), "-c", "from sinch_voice_toolkit import VoiceClient; print(VoiceClient)"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "VoiceClient" in typed.stdout
    # The receivers' core needs no web framework; each framework's glue needs only its own.
    receiver = "from sinch_voice_toolkit.receivers import CallbackReceiver; print(CallbackReceiver)"
    core = subprocess.run([str(python), "-c", receiver], capture_output=True, text=True, check=True)
    assert "CallbackReceiver" in core.stdout
