"""Raw sheets → customer table and import report: rows, numbers and units, scales, mappings."""
