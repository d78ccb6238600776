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
    assert "It replaces {{SMTP_PORT}} and {{SLACK_URL}} before loading this file." in alerts
    assert "40002" not in alerts.split("channels:")[0]


def test_the_kept_alerts_file_says_its_receivers_stop_with_the_demo(tmp_path):
    write_config(tmp_path, VALUES)
    header = (tmp_path / "alerts.yaml").read_text(encoding="utf-8").split("timezone:")[0]
    assert "Those receivers stop when the demo exits" in header
    assert "`vigil alerts test demo-email` finds nothing listening" in header
