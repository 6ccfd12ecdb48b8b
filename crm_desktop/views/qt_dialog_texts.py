"""The texts of Qt's own dialogs and menus that the program shows, by Qt's context.

Qt ships no Vietnamese or Icelandic translations of its widgets. Where the platform's own
file and print dialogs are used (Windows, macOS, a desktop with a file chooser portal),
they speak the desktop's language; elsewhere Qt draws its own, and asks every installed
translator for each text in its own context ("QFileDialog", "File &name:"). These tables
put those texts into the program's catalogues (packaging/update_translations.py collects
the calls of :func:`qt_dialog_texts`), so the translators of the program translate them
and Qt finds them there. The texts are Qt's source texts, exactly as Qt's own catalogues
hold them (tests/views/test_qt_dialog_texts.py checks them against Qt's German one).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: the file dialog Qt draws itself (open, save, choose a folder)
FILE_DIALOG = (
    "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
    "%1\nFile not found.\nPlease verify the correct file name was given.",
    "%1 already exists.\nDo you want to replace it?",
    "&Choose",
    "&Delete",
    "&Look in:",
    "&New Folder",
    "&Open",
    "&Rename",
    "&Save",
    "'%1' is write protected.\nDo you want to delete it anyway?",
    "All Files (*)",
    "All files (*)",
    "Are you sure you want to delete '%1'?",
    "Back",
    "Change to detail view mode",
    "Change to list view mode",
    "Could not delete directory.",
    "Create New Folder",
    "Create a New Folder",
    "Delete",
    "Detail View",
    "Directories",
    "Directory:",
    "File &name:",
    "Files",
    "Files of &type:",
    "Find Directory",
    "Forward",
    "Go back",
    "Go forward",
    "Go to the parent directory",
    "List View",
    "List of places and bookmarks",
    "New Folder",
    "Open",
    "Parent Directory",
    "Recent Places",
    "Remove",
    "Save As",
    "Show ",
    "Show &hidden files",
    "Sidebar",
)
#: the file dialog's columns
FILE_SYSTEM_MODEL = (
    "Computer",
    "Date Modified",
    "Kind",
    "My Computer",
    "Name",
    "Size",
    "Type",
)
#: the print dialog
PRINT_DIALOG = (
    "%1 already exists.\nDo you want to overwrite it?",
    (
        "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages,"
        " '-' to define ranges and make sure ranges do not intersect with each other."
    ),
    "%1 is a directory.\nPlease choose a different file name.",
    "&Options <<",
    "&Options >>",
    "&Print",
    "1 (1x1)",
    "16 (4x4)",
    "2 (2x1)",
    "4 (2x2)",
    "6 (2x3)",
    "9 (3x3)",
    "All Pages",
    "Bottom to Top, Left to Right",
    "Bottom to Top, Right to Left",
    "Duplex Settings Conflicts",
    "Even Pages",
    "File %1 is not writable.\nPlease choose a different file name.",
    "Invalid Pages Definition",
    "Left to Right, Bottom to Top",
    "Left to Right, Top to Bottom",
    "Local file",
    "Odd Pages",
    (
        "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\nPlease turn one of"
        " those options off."
    ),
    "Print",
    "Print To File ...",
    "Print to File (PDF)",
    "Right to Left, Bottom to Top",
    "Right to Left, Top to Bottom",
    "The 'From' value cannot be greater than the 'To' value.",
    "There are conflicts in duplex settings. Do you want to fix them?",
    "Top to Bottom, Left to Right",
    "Top to Bottom, Right to Left",
    "Write PDF file",
)
#: the print dialog's printer box
PRINT_WIDGET = (
    "&Name:",
    "Location:",
    "Output &file:",
    "P&roperties",
    "Preview",
    "Printer",
    "Type:",
)
#: the print dialog's copies and pages
PRINT_SETTINGS = (
    "Collate",
    "Color",
    "Color Mode",
    "Copies",
    "Copies:",
    "Current Page",
    "Double Sided Printing",
    "Grayscale",
    "Long side binding",
    "Off",
    "Options",
    "Output Settings",
    "Page &Set:",
    "Pages",
    "Pages from",
    "Print all",
    "Print range",
    "Reverse",
    "Selection",
    "Short side binding",
    (
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers"
        " separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9."
    ),
    "to",
)
#: the printer's properties
PRINT_PROPERTIES = (
    "Advanced Option Conflicts",
    "Job Options",
    "Page Setup Conflicts",
    "Printer Properties",
    "There are conflicts in page setup options. Do you want to fix them?",
    "There are conflicts in some advanced options. Do you want to fix them?",
)
#: the printer's properties' tabs
PRINT_PROPERTIES_WIDGET = (
    "Advanced",
    "Page",
    "There are conflicts in some options. Please fix them.",
)
#: paper, orientation and margins
PAGE_SETUP = (
    "CC",
    "Cicero (CC)",
    "Custom",
    "DD",
    "Didot (DD)",
    "Height:",
    "Inches (in)",
    "Landscape",
    "Margins",
    "Millimeters (mm)",
    "Orientation",
    "Page &order:",
    "Page Layout",
    "Page size:",
    "Pages &per sheet:",
    "Paper",
    "Paper source:",
    "Pica (P̸)",
    "Points (pt)",
    "Portrait",
    "P̸",
    "Reverse landscape",
    "Reverse portrait",
    "Width:",
    "bottom margin",
    "in",
    "left margin",
    "mm",
    "pt",
    "right margin",
    "top margin",
)
#: a print job's options (CUPS: Linux, macOS)
CUPS_JOB = (
    "&Billing information:",
    "&End:",
    "&Start:",
    "Banner Pages",
    "Classified",
    "Confidential",
    "Day (06:00 to 17:59)",
    "Hold Indefinitely",
    "Job",
    "Job &priority:",
    "Job Control",
    "Night (18:00 to 05:59)",
    "None",
    "Print Immediately",
    "Scheduled &printing:",
    "Second Shift (16:00 to 23:59)",
    "Secret",
    "Specific Time",
    "Standard",
    "Third Shift (00:00 to 07:59)",
    "Top Secret",
    "Unclassified",
    "Weekend (Saturday to Sunday)",
)
#: a message's details button
MESSAGE_BOX = (
    "Hide Details...",
    "Show Details...",
)
#: a text field's context menu
LINE_EDIT = (
    "&Copy",
    "&Paste",
    "&Redo",
    "&Undo",
    "Cu&t",
    "Delete",
    "Select All",
)
#: a text box's context menu
TEXT_CONTROL = (
    "&Copy",
    "&Paste",
    "&Redo",
    "&Undo",
    "Copy &Link Location",
    "Cu&t",
    "Delete",
    "Select All",
)


def qt_dialog_texts() -> dict[tuple[str, str], str]:
    """(Qt's context, Qt's text) -> the text in the language of the installed translators."""
    translate = QCoreApplication.translate
    texts: dict[tuple[str, str], str] = {}
    for i, text in enumerate(FILE_DIALOG):
        texts[("QFileDialog", text)] = translate("QFileDialog", FILE_DIALOG[i])
    for i, text in enumerate(FILE_SYSTEM_MODEL):
        texts[("QFileSystemModel", text)] = translate("QFileSystemModel", FILE_SYSTEM_MODEL[i])
    for i, text in enumerate(PRINT_DIALOG):
        texts[("QPrintDialog", text)] = translate("QPrintDialog", PRINT_DIALOG[i])
    for i, text in enumerate(PRINT_WIDGET):
        texts[("QPrintWidget", text)] = translate("QPrintWidget", PRINT_WIDGET[i])
    for i, text in enumerate(PRINT_SETTINGS):
        texts[("QPrintSettingsOutput", text)] = translate("QPrintSettingsOutput", PRINT_SETTINGS[i])
    for i, text in enumerate(PRINT_PROPERTIES):
        texts[("QPrintPropertiesDialog", text)] = translate(
            "QPrintPropertiesDialog", PRINT_PROPERTIES[i]
        )
    for i, text in enumerate(PRINT_PROPERTIES_WIDGET):
        texts[("QPrintPropertiesWidget", text)] = translate(
            "QPrintPropertiesWidget", PRINT_PROPERTIES_WIDGET[i]
        )
    for i, text in enumerate(PAGE_SETUP):
        texts[("QPageSetupWidget", text)] = translate("QPageSetupWidget", PAGE_SETUP[i])
    for i, text in enumerate(CUPS_JOB):
        texts[("QCupsJobWidget", text)] = translate("QCupsJobWidget", CUPS_JOB[i])
    for i, text in enumerate(MESSAGE_BOX):
        texts[("QMessageBox", text)] = translate("QMessageBox", MESSAGE_BOX[i])
    for i, text in enumerate(LINE_EDIT):
        texts[("QLineEdit", text)] = translate("QLineEdit", LINE_EDIT[i])
    for i, text in enumerate(TEXT_CONTROL):
        texts[("QWidgetTextControl", text)] = translate("QWidgetTextControl", TEXT_CONTROL[i])
    return texts
