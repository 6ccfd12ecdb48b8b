"""Who is invited to an activity is part of its history: each name added or removed,
by whom and when, as one change of the save that made it."""

from __future__ import annotations

import datetime as dt

from crm_desktop.services import Services


def test_invitees_added_and_removed_are_kept_by_name(
    services: Services, colleague: Services
) -> None:
    start = dt.datetime(2026, 6, 24, 9, tzinfo=dt.UTC)
    an = services.records.create("contacts", {"first_name": "An", "last_name": "Nguyễn"})
    binh = services.records.create("contacts", {"first_name": "Bình", "last_name": "Lê"})
    me = services.records.user_id
    meeting = services.activities.save(
        None,
        0,
        {"kind": "Meeting", "subject": "Họp", "start_at": start},
        invitees=((an.id, binh.id), ()),
    )
    created = services.history.page("activities", meeting.id, field="invitees")
    assert {(r.kind, r.old_text, r.new_text) for r in created} == {
        ("created", None, "Nguyễn An"),
        ("created", None, "Lê Bình"),
    }
    # Renamed afterwards: the history keeps the name the invitee had.
    services.records.update("contacts", an.id, an.version, {"first_name": "Ân"})
    colleague_id = colleague.records.user_id
    saved = colleague.activities.save(
        meeting.id, meeting.version, {}, invitees=((binh.id,), (me, colleague_id))
    )
    rows = services.history.page("activities", meeting.id, field="invitees")
    updated = [r for r in rows if r.kind == "updated"]
    names = {u.id: u.full_name for u in services.users.users()}
    assert {(r.old_text, r.new_text) for r in updated} == {
        ("Nguyễn Ân", None),
        (None, names[me]),
        (None, names[colleague_id]),
    }
    assert {r.user_id for r in updated} == {colleague_id}
    assert "invitees" in services.history.fields("activities", meeting.id)
    # Saving the same invitees again adds nothing.
    services.activities.save(saved.id, saved.version, {}, invitees=((binh.id,), (me, colleague_id)))
    assert len(services.history.page("activities", meeting.id, field="invitees")) == len(rows)
