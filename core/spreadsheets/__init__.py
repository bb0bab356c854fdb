"""Spreadsheets in (``reading``: uploaded CSV or XLSX tables) and out (``writing``: every
export, each cell decided by ``spreadsheet_cell``)."""
