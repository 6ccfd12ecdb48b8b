"""Which separator a CSV file uses: comma, semicolon, tab or bar.

Each is counted outside quotes on each of the first records; the one found the same
number of times on the most records wins. csv.Sniffer guesses from character
frequencies instead, and fails on files whose notes hold commas.
"""

from __future__ import annotations

from collections import Counter

SEPARATORS = (",", ";", "\t", "|")
#: records looked at to find the separator and the header row
HEAD_RECORDS = 30


def detect_separator(text: str, *, truncated: bool = False) -> str:
    """The separator of CSV ``text``: the one counted the same number of times (outside
    quotes) on the most records. A preamble line counts none and does not vote."""
    records = _records_outside_quotes(text)
    if truncated and len(records) > 1:
        records.pop()  # may be cut short by the sample's end
    best = (0, 0, -len(SEPARATORS))
    chosen = ","
    for rank, sep in enumerate(SEPARATORS):
        counts = Counter(r.count(sep) for r in records[:HEAD_RECORDS] if r.count(sep))
        if not counts:
            continue
        count, records_agreeing = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        score = (records_agreeing, count, -rank)
        if score > best:
            best, chosen = score, sep
    return chosen


def _records_outside_quotes(text: str) -> list[str]:
    """The records of ``text`` with quoted parts removed (line breaks in quotes kept in)."""
    records: list[str] = []
    current: list[str] = []
    quoted = False
    previous = ""
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif quoted:
            pass
        elif ch in "\r\n":
            if not (ch == "\n" and previous == "\r") and current:
                records.append("".join(current))
            if ch == "\r" or previous != "\r":
                current = []
        else:
            current.append(ch)
        previous = ch
    if current:
        records.append("".join(current))
    return records


def excel_separator_hint(text: str) -> str | None:
    """Excel's "sep=;" first line names the separator."""
    first = text.split("\n", 1)[0].strip().lstrip("\ufeff")
    if first.lower().startswith("sep=") and len(first) == 5:
        return first[4]
    return None
