"""A merge leaves the merged records' history with them: the survivor's history shows it
too (each entry marked with its merged record) beside the merge's own entries, while
the merged records keep theirs; undoing the merge takes it away from the survivor again.
On SQLite and PostgreSQL."""

from __future__ import annotations

from crm_desktop.services import Services
from crm_desktop.services.history.types import HistoryRow


def _history(services: Services, record_id: int, **filters: int | str) -> list[HistoryRow]:
    rows = services.history.page("contacts", record_id, **filters)  # type: ignore[arg-type]
    assert services.history.count("contacts", record_id, **filters) == len(rows)  # type: ignore[arg-type]
    return rows


def _own(rows: list[HistoryRow]) -> list[tuple[str, str | None, object]]:
    return [(r.kind, r.field, r.new) for r in rows if r.merged_from is None]


def test_the_survivor_shows_the_merged_records_history_marked_as_theirs(
    services: Services, colleague: Services
) -> None:
    records = services.records
    keep = records.create("contacts", {"first_name": "Hương", "last_name": "Đỗ"})
    dup = records.create("contacts", {"first_name": "Huong", "last_name": "Do"})
    dup = colleague.records.update("contacts", dup.id, dup.version, {"title": "Kế toán"})
    dup_before = _history(services, dup.id)

    result = services.merges.merge(
        "contacts", keep.id, {keep.id: keep.version, dup.id: dup.version}, {"title": "Kế toán"}
    )

    contacts = services.registry.get("contacts")
    kept_name = contacts.display_name(records.get("contacts", keep.id).values)
    dup_name = contacts.display_name(dup.values)
    assert "Hương" in kept_name and "Huong" in dup_name
    rows = _history(services, keep.id)
    from_dup = [r for r in rows if r.merged_from is not None]
    assert {r.merged_from for r in from_dup} == {dup.id}
    assert {r.merged_name for r in from_dup} == {dup_name}
    # Every entry the merged record had, and none of its own "merged into" entry.
    assert [(r.kind, r.field, r.new, r.user_name) for r in from_dup] == [
        (r.kind, r.field, r.new, r.user_name) for r in dup_before
    ]
    # The merge itself: the merged record into the survivor, and the field it took.
    merge_entries = [(r.kind, r.field, r.old_text, r.new_text) for r in rows[:2]]
    assert ("merge", None, dup_name, kept_name) in merge_entries
    assert ("merge", "title", None, None) in merge_entries
    assert ("created", "last_name", "Đỗ") in _own(rows)
    # The filters see the merged record's entries too.
    assert [r.merged_from for r in _history(services, keep.id, field="title")] == [None, dup.id]
    assert [name for _id, name in services.history.people("contacts", keep.id)] == [
        "Administrator",
        "Þóra Jónsdóttir",
    ]
    assert "title" in services.history.fields("contacts", keep.id)

    # The merged record keeps its own history, with where it went on top.
    dup_after = _history(services, dup.id)
    assert (dup_after[0].kind, dup_after[0].new_text) == ("merged", kept_name)
    assert dup_after[1:] == dup_before

    services.merges.undo(result.merge_id)
    rows = _history(services, keep.id)
    assert all(r.merged_from is None for r in rows)
    assert ("merge", None, dup_name, kept_name) in [
        (r.kind, r.field, r.old_text, r.new_text) for r in rows
    ]
    assert _history(services, dup.id)[0].kind == "restored"


def test_history_follows_a_chain_of_merges(services: Services) -> None:
    records = services.records
    first = records.create("contacts", {"last_name": "Nguyễn"})
    second = records.create("contacts", {"last_name": "Nguyen"})
    third = records.create("contacts", {"last_name": "NGUYEN"})
    services.merges.merge(
        "contacts", second.id, {second.id: second.version, third.id: third.version}, {}
    )
    second = records.get("contacts", second.id)
    services.merges.merge(
        "contacts", first.id, {first.id: first.version, second.id: second.version}, {}
    )
    rows = _history(services, first.id)
    assert {r.merged_from for r in rows} == {None, second.id, third.id}
    created = {r.merged_from: r.new for r in rows if r.field == "last_name"}
    assert created == {None: "Nguyễn", second.id: "Nguyen", third.id: "NGUYEN"}
    # Each merge once, as its survivor wrote it: "merged into" entries are left out.
    merges = [(r.merged_from, r.old_text, r.new_text) for r in rows if r.field is None]
    assert sorted(merges, key=str) == sorted(
        [(None, "Nguyen", "Nguyễn"), (second.id, "NGUYEN", "Nguyen")], key=str
    )
