"""The colours the program adds to the system's palette, light or dark, and following the
system when it switches.

Everything else is painted with the palette's roles (Base, Text, Highlight, Mid...), which
Qt switches with the system's scheme. The few colours of our own (an error's red, the
"converted" badge's green, the calendar's line of the current time) are made from the
palette on show, here, and widgets that hold one in a style sheet take it again when the
application's palette changes (:func:`follow_palette`). Where the style does not switch
the palette itself when the system goes dark or light (Fusion on a desktop whose platform
theme does not), :class:`SchemeFollower` sets the matching palette.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

#: (light palette, dark palette) of each colour of our own: readable on the Base and
#: Window colours of each (the dark ones lighter, as dark themes' own accents are)
_ERROR = ("#c62828", "#ef9a9a")
_NOW = ("#e53935", "#ff6e6e")
_SUCCESS_TEXT = ("#1b5e20", "#a5d6a7")
_SUCCESS_BACKGROUND = ("#e8f5e9", "#1e3a22")
_SUCCESS_BORDER = ("#a5d6a7", "#4c8c50")


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's) draws light text on a dark window."""
    palette = palette if palette is not None else QApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def _pick(pair: tuple[str, str], palette: QPalette | None) -> QColor:
    return QColor(pair[1] if is_dark(palette) else pair[0])


def error_color(palette: QPalette | None = None) -> QColor:
    """The red of an error message or an overdue date."""
    return _pick(_ERROR, palette)


def error_background(palette: QPalette | None = None) -> QColor:
    """A cell's background that marks it wrong, faint over Base."""
    color = error_color(palette)
    color.setAlpha(60 if is_dark(palette) else 45)
    return color


def now_color(palette: QPalette | None = None) -> QColor:
    """The calendar's line at the current time."""
    return _pick(_NOW, palette)


def error_style() -> str:
    """A style sheet that writes a label's text in the error red of the palette on show."""
    return f"color: {error_color().name()};"


#: the error styles of the light and dark palettes
_ERROR_STYLES = frozenset(f"color: {QColor(color).name()};" for color in _ERROR)


def success_style() -> str:
    """A style sheet that writes a label's text in the green of something done well."""
    return f"color: {_pick(_SUCCESS_TEXT, None).name()};"


def success_badge_style() -> str:
    """A small framed label saying something is done ("Converted: read-only")."""
    return (
        f"background: {_pick(_SUCCESS_BACKGROUND, None).name()};"
        f" color: {_pick(_SUCCESS_TEXT, None).name()};"
        f" border: 1px solid {_pick(_SUCCESS_BORDER, None).name()};"
        " border-radius: 4px; padding: 3px 8px;"
    )


class _Follower(QObject):
    """Calls ``apply`` on its widget again each time the application's palette changes.

    The application's signal, not the widgets' events: a widget with a style sheet of its
    own is not told of a new application palette, only the windows are.
    """

    def __init__(self, widget: QWidget, apply: Callable[[QWidget], None]) -> None:
        super().__init__(widget)  # gone with the widget, and its connection with it
        self._widget = widget
        self._apply = apply
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.paletteChanged.connect(self._again)

    def _again(self, _palette: QPalette) -> None:
        self._apply(self._widget)


def follow_palette(widget: QWidget, apply: Callable[[QWidget], None]) -> None:
    """``apply(widget)`` now and whenever the application's palette changes (the system
    went dark or light): for colours a style sheet holds, which do not follow by themselves."""
    apply(widget)
    _Follower(widget, apply)


def follow_style(widget: QWidget, style: Callable[[], str]) -> None:
    """``widget``'s style sheet made by ``style()`` now and whenever the palette changes."""

    def restyle(w: QWidget) -> None:
        if w.styleSheet() != style():
            w.setStyleSheet(style())

    follow_palette(widget, restyle)


def show_as_error(widget: QWidget) -> None:
    """Write ``widget``'s text in the error red of the light or dark palette on show (and
    again after a change of palette, unless its style was changed since)."""
    widget.setStyleSheet(error_style())
    _Follower(widget, _error_again)


def _error_again(widget: QWidget) -> None:
    now = error_style()
    if widget.styleSheet() != now and widget.styleSheet() in _ERROR_STYLES:
        widget.setStyleSheet(now)


def dark_palette() -> QPalette:
    """A dark palette for a style that has none of its own (Fusion)."""
    window, base, text = QColor("#2b2b2b"), QColor("#1e1e1e"), QColor("#e6e6e6")
    disabled = QColor("#7f7f7f")
    palette = QPalette(window)
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, window),
        (roles.WindowText, text),
        (roles.Base, base),
        (roles.AlternateBase, QColor("#262626")),
        (roles.ToolTipBase, QColor("#3a3a3a")),
        (roles.ToolTipText, text),
        (roles.PlaceholderText, QColor("#9a9a9a")),
        (roles.Text, text),
        (roles.Button, QColor("#353535")),
        (roles.ButtonText, text),
        (roles.BrightText, QColor("#ff6e6e")),
        (roles.Light, QColor("#454545")),
        (roles.Midlight, QColor("#3a3a3a")),
        (roles.Mid, QColor("#5a5a5a")),
        (roles.Dark, QColor("#1a1a1a")),
        (roles.Shadow, QColor("#000000")),
        (roles.Highlight, QColor("#3d7cc9")),
        (roles.HighlightedText, QColor("#ffffff")),
        (roles.Link, QColor("#8ab4f8")),
        (roles.LinkVisited, QColor("#c58af9")),
    ):
        palette.setColor(role, color)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


class SchemeFollower(QObject):
    """Keeps the application's palette with the system's light or dark scheme.

    Qt switches the palette itself where the platform and style know how; after it had
    its turn, a palette that still does not match the scheme is replaced: the dark one
    of :func:`dark_palette`, or the style's own light one back.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        #: whether the palette on show is ours (set for a dark scheme the style ignored)
        self.replaced = False
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._later)
        if hints.colorScheme() == Qt.ColorScheme.Dark:
            self.follow(Qt.ColorScheme.Dark)

    def _later(self, scheme: Qt.ColorScheme) -> None:
        QTimer.singleShot(0, self, lambda: self.follow(scheme))

    def follow(self, scheme: Qt.ColorScheme) -> None:
        """Make the palette match ``scheme`` (Unknown: leave it)."""
        if scheme == Qt.ColorScheme.Unknown:
            return
        dark = scheme == Qt.ColorScheme.Dark
        if is_dark(self._app.palette()) == dark:
            return
        if dark:
            self._app.setPalette(dark_palette())
            self.replaced = True
        elif self.replaced:
            self._app.setPalette(self._app.style().standardPalette())
            self.replaced = False
