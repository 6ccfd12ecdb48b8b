"""The item roles of a list model, worked out once as plain ints.

Painting a cell calls into Python for its index and for its data (seven roles, asked in
one multiData() call by the delegate): about 500 calls for a screen of 25 rows and 10
columns, each costing more in crossing from C++ than in what it does. So: the fewest
calls (the model's own index(), no flags()), roles compared as plain ints (Qt passes ints; an enum
member in a comparison costs a Python enum operation), and what a column needs worked out
once per column.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

#: the value as the service returned it (Decimal, date, bool ...), for sorting tests and copy
RAW_ROLE = Qt.ItemDataRole.UserRole
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
RAW = int(RAW_ROLE)
RECORD_ID = int(RECORD_ID_ROLE)
DATA_ROLES = frozenset((DISPLAY, TOOLTIP, ALIGNMENT, RAW, RECORD_ID))
HEADER_ROLES = frozenset((DISPLAY, TOOLTIP, ALIGNMENT))
#: the roles QStyledItemDelegate.initStyleOption() asks in one multiData() call, in order
DELEGATE_ROLES = (
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
)
DELEGATE_ALIGN = DELEGATE_ROLES.index(Qt.ItemDataRole.TextAlignmentRole)
DELEGATE_DISPLAY = DELEGATE_ROLES.index(Qt.ItemDataRole.DisplayRole)
DELEGATE_FOREGROUND = DELEGATE_ROLES.index(Qt.ItemDataRole.ForegroundRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
