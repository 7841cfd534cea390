"""classify output, report data, workbooks, overview, PDF sheets, chart picture."""
