"""The configuration `vigil demo --keep` leaves behind: placeholders replaced in values only, so its
comments still say what they said, and alerts.yaml says its receivers stop with the demo."""

from __future__ import annotations

from vigil.demo.walkthrough import CONFIG_TEMPLATES, write_config

VALUES = {"BASE": "http://127.0.0.1:40001", "SMTP_PORT": "40002", "SLACK_URL": "http://127.0.0.1:40003/services/demo"}


def test_placeholders_are_replaced_in_values_and_never_in_comments(tmp_path):
    config = write_config(tmp_path, VALUES)
    assert config.alerts.channels["demo-email"].port == 40002
    for template in CONFIG_TEMPLATES.glob("*.yaml"):
        written = (tmp_path / template.name).read_text(encoding="utf-8").splitlines()
        comments = [line for line in template.read_text(encoding="utf-8").splitlines() if line.lstrip().startswith("#")]
        assert [line for line in written if line.lstrip().startswith("#")] == comments, template.name
        values = [line for line in written if not line.lstrip().startswith("#")]
        assert not any("{{" in line for line in values), template.name
    alerts = (tmp_path / "alerts.yaml").read_text(encoding="utf-8")
    assert "the placeholders {{SMTP_PORT}} and {{SLACK_URL}}; the demo writes this file with those of" in alerts
    assert "40002" not in alerts.split("channels:")[0]


def test_the_kept_alerts_file_says_its_receivers_stop_with_the_demo(tmp_path):
    write_config(tmp_path, VALUES)
    header = (tmp_path / "alerts.yaml").read_text(encoding="utf-8").split("timezone:")[0]
    assert "Those receivers stop when the demo exits" in header
    assert "`vigil alerts test demo-email` finds nothing listening" in header


def test_what_the_kept_alerts_file_says_of_its_port_is_true_of_it(tmp_path):
    """The port line said "quoted so the unsubstituted file is still valid YAML" in a file that holds
    a port number, and the header "It replaces {{SMTP_PORT}} ... before loading this file" of a file
    holding none: comments about the placeholders say where they are (the source's template) and
    what the demo wrote instead, which is true of both files. Written by a real `vigil demo --keep`."""
    import subprocess
    import sys

    import yaml

    run = subprocess.run([sys.executable, "-m", "vigil.cli", "-q", "demo", "--keep", str(tmp_path / "kept")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    kept = (tmp_path / "kept" / "config" / "alerts.yaml").read_text(encoding="utf-8")
    port = yaml.safe_load(kept)["channels"]["demo-email"]["port"]
    assert str(port).isdigit() and "{{" not in kept.split("channels:")[1]
    lines = kept.splitlines()
    port_line = next(n for n, line in enumerate(lines) if line.strip().startswith("port:"))
    assert lines[port_line].strip() == f'port: "{port}"'   # no comment beside the value, about another file
    assert lines[port_line - 1].strip() == ("# in quotes, as the placeholder is valid YAML only quoted; "
                                            "a port in quotes is read as a number")
    header = " ".join(line.lstrip("# ") for line in kept.split("timezone:")[0].splitlines())
    assert ("In Vigil's source (vigil/demo/config/alerts.yaml) the port and webhook_url below are the placeholders "
            "{{SMTP_PORT}} and {{SLACK_URL}}; the demo writes this file with those of the receivers it started in "
            "their place.") in header
    assert "unsubstituted" not in kept and "before loading this file" not in kept
    sources = (tmp_path / "kept" / "config" / "sources.yaml").read_text(encoding="utf-8")
    assert "before loading this file" not in sources and "{{" not in sources.split("\nsources:")[1]
