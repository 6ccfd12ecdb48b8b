"""Excel workbooks out (.xlsx), written row by row with XlsxWriter."""
