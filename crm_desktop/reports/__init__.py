"""Printed documents made with ReportLab (quotes, sales orders). No Qt.

Import lazily: ReportLab costs start-up time the first window does not need.
"""
