"""Every command of the program and the kinds of bad target each must refuse in one
sentence (run by tests/e2e/test_bad_targets.py)."""

from __future__ import annotations

#: database kinds every command refuses
UNUSABLE = ["folder-instead-of-file", "text", "other-sqlite", "null-device", "fifo",
            "truncated", "zeroed"]  # fmt: skip
#: ... commands that only read refuse these too (the others make a new database there)
READ_ONLY_COMMANDS_REFUSE = ["missing", "empty"]
#: ... commands that write refuse these too (the others read a read-only database well)
WRITING_COMMANDS_REFUSE = ["read-only-database", "new-file-in-read-only-folder"]
#: outputs (-o) every writer refuses
BAD_OUTPUTS = ["folder-instead-of-file", "read-only-file", "new-file-in-read-only-folder",
               "null-device", "fifo", "the-database", "other-database", "other-sqlite",
               "missing-folder"]  # fmt: skip

#: ... and the window refuses to make a new database where it cannot (a read-only database
#: it shows read-only)
WINDOW_REFUSES = ["new-file-in-read-only-folder"]

# argv with {target} (the bad file), {good} (a healthy database), {out}, {ics}, {backup}
DATABASE_COMMANDS = {
    "check": (["check", "--database", "{target}"], READ_ONLY_COMMANDS_REFUSE),
    "demo": (["demo", "--database", "{target}", "--records", "3"], WRITING_COMMANDS_REFUSE),
    "backup": (
        ["backup", "--database", "{target}", "-o", "{out}.sqlite3"],
        READ_ONLY_COMMANDS_REFUSE,
    ),
    "print": (
        ["print", "quote", "QUO-00001", "--database", "{target}", "-o", "{out}.pdf"],
        READ_ONLY_COMMANDS_REFUSE,
    ),
    "import": (["import", "{ics}", "--database", "{target}"], WRITING_COMMANDS_REFUSE),
    "import-csv": (
        ["import", "{csv}", "--type", "contacts", "--database", "{target}"],
        WRITING_COMMANDS_REFUSE,
    ),
    "import-vcf": (["import", "{vcf}", "--database", "{target}"], WRITING_COMMANDS_REFUSE),
    "undo-import": (
        ["undo-import", "1", "--database", "{target}"],
        READ_ONLY_COMMANDS_REFUSE + WRITING_COMMANDS_REFUSE,
    ),
    "duplicates": (["duplicates", "contacts", "--database", "{target}"], READ_ONLY_COMMANDS_REFUSE),
    "export": (
        ["export", "activities", "--database", "{target}", "-o", "{out}.ics"],
        READ_ONLY_COMMANDS_REFUSE,
    ),
    **{
        f"export-{file_format}": (
            [
                *("export", "contacts", "--format", file_format),
                *("--database", "{target}", "-o", "{out}." + file_format),
            ],
            READ_ONLY_COMMANDS_REFUSE,
        )
        for file_format in ("csv", "xlsx", "vcf")
    },
    "migrate-to": (
        ["migrate-to", "{out}.sqlite3", "--database", "{target}"],
        READ_ONLY_COMMANDS_REFUSE,
    ),
    "edit": (
        ["edit", "quote", "QUO-00001", "subject=Tư vấn lại", "--database", "{target}"],
        READ_ONLY_COMMANDS_REFUSE + WRITING_COMMANDS_REFUSE,
    ),
    "history": (
        ["history", "quote", "QUO-00001", "--database", "{target}"],
        READ_ONLY_COMMANDS_REFUSE,
    ),
    "attach": (
        ["attach", "{ics}", "--to", "quote", "QUO-00001", "--database", "{target}"],
        READ_ONLY_COMMANDS_REFUSE + WRITING_COMMANDS_REFUSE,
    ),
    "users-add": (
        ["users", "add", "boss", "--role", "administrator", "--database", "{target}"],
        WRITING_COMMANDS_REFUSE,
    ),
    "users-list": (["users", "list", "--database", "{target}"], READ_ONLY_COMMANDS_REFUSE),
    "users-disable": (
        ["users", "disable", "an", "--database", "{target}"],
        READ_ONLY_COMMANDS_REFUSE,
    ),
    "feeds-add": (
        ["feeds", "add", "file:///nowhere/news.xml", "--database", "{target}"],
        WRITING_COMMANDS_REFUSE,
    ),
    "feeds-fetch": (["feeds", "fetch", "--database", "{target}"], READ_ONLY_COMMANDS_REFUSE),
    "feeds-list": (["feeds", "list", "--database", "{target}"], READ_ONLY_COMMANDS_REFUSE),
    "mail-fetch": (
        [
            "mail",
            "fetch",
            "--imap",
            "imap://nobody@127.0.0.1:1",
            "--security",
            "none",
            "--database",
            "{target}",
        ],
        READ_ONLY_COMMANDS_REFUSE,
    ),
    "report": (["report", "pipeline", "--database", "{target}"], READ_ONLY_COMMANDS_REFUSE),
    "report-pdf": (
        ["report", "won-lost", "--database", "{target}", "-o", "{out}.pdf"],
        READ_ONLY_COMMANDS_REFUSE,
    ),
    "road-copy": (
        ["road-copy", "--database", "{target}", "-o", "{out}.sqlite3"],
        READ_ONLY_COMMANDS_REFUSE + WRITING_COMMANDS_REFUSE,
    ),
    "sync": (
        ["sync", "--database", "{target}"],
        READ_ONLY_COMMANDS_REFUSE + WRITING_COMMANDS_REFUSE,
    ),
    "conflicts": (["conflicts", "--database", "{target}"], READ_ONLY_COMMANDS_REFUSE),
    "window": (["--database", "{target}"], WINDOW_REFUSES),
    "send": (
        [
            *("send", "--filter", "My contacts", "--template", "{csv}", "--subject", "Chào"),
            *("--smtp", "smtp://127.0.0.1:1", "--from", "shop@example.vn"),
            *("--database", "{target}"),
        ],
        READ_ONLY_COMMANDS_REFUSE + WRITING_COMMANDS_REFUSE,
    ),
}
OUTPUT_COMMANDS = {
    "backup": ["backup", "--database", "{good}", "-o", "{target}"],
    "print": ["print", "quote", "QUO-00001", "--database", "{good}", "-o", "{target}"],
    "export": ["export", "activities", "--database", "{good}", "-o", "{target}"],
    "road-copy": ["road-copy", "--database", "{good}", "-o", "{target}"],
    "import-rejects": [
        "import",
        "{csv}",
        "--type",
        "contacts",
        "--database",
        "{good}",
        "--rejects",
        "{target}",
    ],
    **{
        f"export-{file_format}": [
            *("export", "contacts", "--format", file_format),
            *("--database", "{good}", "-o", "{target}"),
        ]
        for file_format in ("csv", "xlsx", "vcf")
    },
    **{
        f"report-{file_format}": [
            *("report", "pipeline", "--format", file_format),
            *("--database", "{good}", "-o", "{target}"),
        ]
        for file_format in ("csv", "pdf")
    },
}
#: files the import cannot read at all
BAD_INPUTS = ["missing", "folder-instead-of-file", "empty", "text", "other-sqlite",
              "null-device", "fifo", "binary-csv", "empty-csv", "vcf-without-cards"]  # fmt: skip
