"""One tile of the dashboard: a report as a bar chart (QtCharts), its title and the
buttons that move it or take it away; a click on a bar asks for the records behind it."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.reports.charts import Chart, TileSpec
from crm_desktop.views import formatting
from crm_desktop.views.reports.choices import report_text

#: counts up to this get a tick per whole number
FEW = 8


class DashboardTile(QFrame):
    """A chart of one report; ``open_records(int)`` gives the clicked bar's category."""

    open_records = Signal(int)
    move_requested = Signal(int)  # -1: earlier, +1: later
    remove_requested = Signal()

    def __init__(self, spec: TileSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"tile_{spec.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(360, 260)
        self.title = QLabel(report_text(spec.title))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel()
        self.detail.setStyleSheet("color: palette(placeholder-text)")
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addWidget(self.detail, 1)
        for text, tip, slot in (
            ("◀", self.tr("Move earlier"), lambda: self.move_requested.emit(-1)),
            ("▶", self.tr("Move later"), lambda: self.move_requested.emit(1)),
            ("✕", self.tr("Remove from the dashboard"), self.remove_requested.emit),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            bar.addWidget(button)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(2, 2, 2, 2))
        self.chart.setBackgroundRoundness(0)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.empty = QLabel(self.tr("Reading…"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.view.setVisible(False)
        self.bars: QBarSeries | QStackedBarSeries | None = None
        #: the bars' categories as a whole (the axis shows them shortened to their room)
        self.names: list[str] = []
        self.categories: QBarCategoryAxis | None = None

    def show_problem(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(True)
        self.view.setVisible(False)

    def show_chart(self, chart: Chart) -> None:
        """Draw ``chart``'s bars anew (the old series and axes go)."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.detail.setText(chart.currency or "")
        if not chart.categories:
            self.show_problem(self.tr("No records in this period."))
            return
        series = QStackedBarSeries() if self.spec.stacked else QBarSeries()
        for label, values in chart.series:
            bar_set = QBarSet(report_text(label))
            bar_set.append(list(values))
            series.append(bar_set)
        series.clicked.connect(lambda index, _set: self.open_records.emit(index))
        series.hovered.connect(self._hovered)
        self.chart.addSeries(series)
        self.names = [formatting.choice_text(c) or "—" for c in chart.categories]
        self.categories = QBarCategoryAxis()
        # Cut here to each bar's room, not by QtCharts, which cuts to far less.
        self.categories.setTruncateLabels(False)
        self.categories.append(self._labels())
        self.chart.addAxis(self.categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(self.categories)
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        top = _top(chart, stacked=self.spec.stacked)
        # A loss (a campaign's negative return) goes below the axis, not out of sight.
        values.setRange(_bottom(chart), top)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        if chart.currency is None and top <= FEW:
            # A few things counted: a tick per whole number, not 0.5 shown as "1".
            values.setRange(0, math.ceil(top))
            values.setTickCount(math.ceil(top) + 1)
        else:
            values.applyNiceNumbers()
        self.chart.setLocalizeNumbers(True)
        self.chart.setLocale(QLocale())
        self.bars = series
        self.empty.setVisible(False)
        self.view.setVisible(True)
        QTimer.singleShot(0, self, self._relabel)  # once the plot has its size

    def _labels(self) -> list[str]:
        """The categories cut to the room under each bar ("…" at the end), each once."""
        plot = self.chart.plotArea().width() or self.view.width() * 0.85
        room = max(int(plot / max(len(self.names), 1)) - 8, 24)
        metrics = QFontMetrics(self.categories.labelsFont() if self.categories else self.font())
        labels: list[str] = []
        for name in self.names:
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
            while label in labels:  # an axis takes each category once
                label += "\u200b"
            labels.append(label)
        return labels

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.categories is not None and self.names:
            # After the chart has laid out its plot for the new size.
            QTimer.singleShot(0, self, self._relabel)

    def _relabel(self) -> None:
        if self.categories is not None and self.categories.count() == len(self.names):
            labels = self._labels()
            if labels != self.categories.categories():
                self.categories.setCategories(labels)

    def _hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        """A bar's whole category and figure beside the pointer."""
        if status and index < len(self.names):
            value = QLocale().toString(bar_set.at(index), "f", 0 if self.spec.stacked else 2)
            text = f"{self.names[index]}\n{bar_set.label()}: {value}"
            QToolTip.showText(QCursor.pos(), text, self.view)
        else:
            QToolTip.hideText()


def _top(chart: Chart, *, stacked: bool) -> float:
    """The highest bar (stacked: the highest pile), never 0: an axis needs a range."""
    columns = list(zip(*(values for _, values in chart.series), strict=True))
    tops = [sum(column) if stacked else max(column) for column in columns]
    return max([*tops, 0.0]) or 1.0


def _bottom(chart: Chart) -> float:
    """The lowest bar's end, or 0: bars grow from 0 up, and down when they are below."""
    return min([value for _, values in chart.series for value in values] + [0.0])
