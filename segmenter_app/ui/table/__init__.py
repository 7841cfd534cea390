"""The customer table: its Qt model over the document, the column definitions, the row
order (sort and filter) and the view."""
