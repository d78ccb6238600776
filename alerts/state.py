"""Alert state, as Alertmanager keeps it: notify on change, never on repetition.

For each (rule, key) the store keeps one row: value, level, state (firing | resolved) and
an episode number. `transition` compares a fresh finding with that row:

1. no row, condition holds          -> new row, episode 1: notify "firing";
2. firing, holds, level rose        -> notify "escalated" (each step passed is told once);
3. firing, holds, same or lower     -> update the value quietly;
4. firing, no longer holds          -> with `resolve`: state resolved, notify "resolved";
                                       without: stay firing quietly (a dip is not news);
5. resolved, holds again            -> new episode, notify "firing";
6. anything else                    -> update the value quietly, or nothing.

The outbox dedup key is built from (rule, key, episode, level or "resolved"), so re-running
after a crash, or with an unchanged database, can never enqueue the same notice twice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from alerts.rules import Finding


@dataclass(frozen=True)
class AlertState:
    rule_id: str
    key: str
    value: int
    level: int
    state: str  # firing | resolved
    episode: int = 1


@dataclass(frozen=True)
class Transition:
    finding: Finding
    before: AlertState | None
    after: AlertState | None
    notify: str | None  # firing | escalated | resolved | None

    @property
    def dedup_key(self) -> str:
        a = self.after
        tail = "resolved" if self.notify == "resolved" else f"level{a.level}"
        return f"{a.rule_id}:{a.key}:e{a.episode}:{tail}"

    @property
    def changed(self) -> bool:
        return self.after != self.before


def transition(before: AlertState | None, finding: Finding, resolve: bool) -> Transition:
    """Steps 1-6 above."""
    f = finding
    if before is None:
        if not f.active:
            return Transition(f, None, None, None)
        return Transition(f, None, AlertState(f.rule_id, f.key, f.value, f.level, "firing"), "firing")
    if before.state == "firing":
        if f.active and f.level > before.level:
            return Transition(f, before, replace(before, value=f.value, level=f.level), "escalated")
        if f.active or not resolve:
            return Transition(f, before, replace(before, value=f.value), None)
        return Transition(f, before, replace(before, value=f.value, state="resolved"), "resolved")
    if f.active:
        after = AlertState(f.rule_id, f.key, f.value, f.level, "firing", before.episode + 1)
        return Transition(f, before, after, "firing")
    return Transition(f, before, replace(before, value=f.value), None)
