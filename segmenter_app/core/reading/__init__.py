"""File → raw sheets: format detection, the sandboxed reader child, xlsx preview, text files."""
