"""A report that relays a named source ("according to Hengaw") is that source's word, not a second
witness: it does not confirm the source's own report, nor does a second relay of the same source.
`vigil claims`, the digest (through the outbox and a real SMTP receiver) and the web view say who
cites whom. Claims are stored in a real SQLite store with `cites` as the store computes it."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date, datetime, timezone

from click.testing import CliRunner

from alerts.totals import Totals
from alerts.weeks import WeekScheme
from claimstore import ClaimStore, write_alerts_yaml
from receivers import SMTPReceiver
from vigil.alerting import evaluate_rules, load_records, send_digest
from vigil.cli import cli
from vigil.config import AlertsFile
from vigil.store.claims import claim_cites

TUESDAY = "2025-09-16"  # in 2025-W38


def _report(store: ClaimStore, source: str, evidence: str) -> int:
    return store.report(TUESDAY, 3, TUESDAY, source=source, location="Vakilabad Prison, Mashhad",
                        evidence=evidence, cites=json.dumps(claim_cites({"evidence": evidence})))


def _store(tmp_path) -> ClaimStore:
    store = ClaimStore(tmp_path / "data")
    store.db["sources"].insert({"id": "hengaw", "name": "Hengaw", "org": "rights-group", "type": "site"})
    store.db["sources"].insert({"id": "hrana-fa", "name": "HRANA (Persian)", "org": "rights-group", "type": "feed",
                                "independent_of": json.dumps(["ihr", "hengaw"])})
    return store


def _incident(store: ClaimStore):
    totals = Totals(load_records(store.db), WeekScheme())
    [incident] = totals.incidents_in(date(2025, 9, 15), "IR")
    return incident


OWN = "Three prisoners were hanged in Vakilabad Prison, Mashhad, on Tuesday morning."


def test_a_relay_does_not_confirm_the_report_it_relays(tmp_path):
    store = _store(tmp_path)
    _report(store, "hengaw", OWN)
    _report(store, "ihr", "Three men were executed in Vakilabad Prison in Mashhad on Tuesday, "
                          "according to the Kurdish rights group Hengaw.")
    incident = _incident(store)
    assert incident.confirmation() is None
    assert incident.relays() == "ihr cites hengaw"


def test_two_relays_of_one_source_are_one_witness(tmp_path):
    store = _store(tmp_path)
    _report(store, "ihr", "Three men were executed in Vakilabad Prison, Mashhad, Hengaw has reported.")
    _report(store, "hrana", "وفقاً لمنظمة هنغاو، أعدم ثلاثة سجناء في سجن وكيل آباد في مشهد.")
    incident = _incident(store)
    assert incident.confirmation() is None
    assert incident.relays() == "ihr cites hengaw; hrana cites hengaw"


def test_a_relay_of_one_source_and_another_source_s_own_report_confirm(tmp_path):
    store = _store(tmp_path)
    _report(store, "ihr", "Three men were executed in Vakilabad Prison, Mashhad, Hengaw has reported.")
    _report(store, "hrana", OWN)
    assert _incident(store).confirmation() == "independent sources hengaw (cited by ihr) and hrana"


def test_citing_an_organisation_relays_its_other_editions_too(tmp_path):
    # hrana-fa declares it is not independent of HRANA (it lists only ihr and hengaw)
    store = _store(tmp_path)
    _report(store, "hrana-fa", "سه زندانی در زندان وکیل‌آباد مشهد اعدام شدند.")
    _report(store, "ihr", "Three men were hanged in Vakilabad Prison in Mashhad, HRANA reported.")
    assert _incident(store).confirmation() is None


def test_a_source_naming_itself_is_no_relay(tmp_path):
    store = _store(tmp_path)
    _report(store, "hengaw", "Three prisoners were hanged in Vakilabad Prison, Mashhad, Hengaw has learned.")
    _report(store, "ihr", OWN)
    assert _incident(store).confirmation() == "independent sources hengaw and ihr"


def test_claims_and_the_digest_say_who_cites_whom(tmp_path):
    store = _store(tmp_path)
    _report(store, "hengaw", OWN)
    _report(store, "ihr", "Three men were executed in Vakilabad Prison in Mashhad on Tuesday, according to Hengaw.")
    data = tmp_path / "data"
    with SMTPReceiver() as smtp:
        mail = {"type": "email", "host": "127.0.0.1", "port": smtp.port, "security": "none",
                "from": "vigil@example.org", "to": ["staff@example.org"]}
        config = write_alerts_yaml(tmp_path / "config", {"digest_channels": ["mail"], "channels": {"mail": mail}})
        claims = CliRunner().invoke(cli, ["--config", str(config), "--data", str(data), "claims", "--week", "2025-W38"])
        assert claims.exit_code == 0, claims.output
        assert "confirmed 0" in claims.output
        assert "COUNTED   incident 1: 3 (reported only; ihr cites hengaw)" in claims.output
        report = send_digest(store.db, AlertsFile.model_validate({"digest_channels": ["mail"], "channels": {"mail": mail}}),
                             datetime(2025, 9, 24, 8, tzinfo=timezone.utc))
        assert report.summary() == "1 notice queued, 1 sent, 0 failed, 0 waiting"
    text = smtp.messages[0].get_body(("plain",)).get_content()
    assert "3 executed (Vakilabad Prison, Mashhad; reported only; ihr cites hengaw)" in text
    assert "0 confirmed" in text


def test_the_demo_counts_a_relay_of_hengaw_as_no_confirmation(demo_data, tmp_path):
    """The demo's W35: Hengaw's own reports, and IHR and HRANA each relaying Hengaw: confirmed 0.
    W38's incident 2 is IHR relaying Hengaw; W36 stays confirmed by HRANA's Persian report."""
    root = tmp_path / "demo"
    shutil.copytree(demo_data, root)
    base = ["--config", str(root / "config"), "--data", str(root / "data")]
    w35 = CliRunner().invoke(cli, [*base, "claims", "--week", "2025-W35"]).output
    assert "IR: total 8 = max(reported 8 over 1 incident, no bound); confirmed 0" in w35
    assert "ihr cites hengaw; hrana cites hengaw" in w35
    w38 = CliRunner().invoke(cli, [*base, "claims", "--week", "2025-W38"]).output
    assert "incident 2: 1 (reported only; ihr cites hengaw)" in w38
    w36 = CliRunner().invoke(cli, [*base, "claims", "--week", "2025-W36"]).output
    assert "confirmed: independent sources hrana-fa and hengaw" in w36


def test_the_web_view_s_week_page_says_who_cites_whom(demo_data, tmp_path):
    from webclient import RunningWeb

    web = RunningWeb(demo_data / "data", tmp_path / "web" / "data")
    try:
        client = web.client()
        assert client.login("viewer").status == 302
        page = client.get("/weeks/2025-W35?country=IR").text
        assert "reported only" in page and "ihr cites hengaw; hrana cites hengaw" in page
        page = client.get("/weeks/2025-W36?country=IR").text
        assert "confirmed: independent sources hrana-fa and hengaw" in page
        # W38's bound of 64 is HRANA relaying IHR's weekly figure: its card names whose it is
        page = client.get("/weeks/2025-W38?country=IR").text
        assert re.search(r'<span class="source">HRANA \(demo mirror\)</span> <span class="cites"[^>]*>citing ihr</span>',
                         page)
    finally:
        web.close()


def test_a_relayed_bound_names_whose_figure_it_is(tmp_path):
    """A weekly figure HRANA relays from IHR ("IHR said at least 40 ...") is IHR's: `vigil claims`
    (text and JSON), `vigil show` and an alert's reports say so, so staff do not credit the relay."""
    store = _store(tmp_path)
    evidence = "At least 40 people were executed across Iran in the past week, Iran Human Rights said."
    claim_id = store.report("2025-09-21", 40, "2025-09-15", "2025-09-21", source="hrana", kind="aggregate",
                            qualifier="at_least", evidence=evidence,
                            cites=json.dumps(claim_cites({"evidence": evidence})))
    data = tmp_path / "data"
    surge = {"channels": {"chat": {"type": "slack", "webhook_url": "http://127.0.0.1:9/hook"}},
             "rules": [{"id": "surge", "type": "weekly_total", "threshold": 30, "channels": ["chat"]}]}
    config = write_alerts_yaml(tmp_path / "config", surge)
    base = ["--config", str(config), "--data", str(data)]
    text = CliRunner().invoke(cli, [*base, "claims", "--week", "2025-W38"]).output
    assert "hrana citing ihr  published 2025-09-21" in text
    rows = json.loads(CliRunner().invoke(cli, [*base, "claims", "--week", "2025-W38", "--format", "json"]).output)
    assert [c["cites"] for c in rows[0]["claims"]] == [["ihr"]]
    shown = CliRunner().invoke(cli, [*base, "show", str(claim_id)]).output
    assert "  cites: ihr (a relay of their figure)" in shown
    (notice,) = evaluate_rules(store.db, AlertsFile.model_validate(surge),
                               datetime(2025, 9, 21, 12, tzinfo=timezone.utc), dry_run=True)
    assert f"hrana citing ihr, 2025-09-21: {evidence}" in notice.body
