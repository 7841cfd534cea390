"""The dialogs the window opens: import, update, export, collect, wallet estimate,
former customers, the guide, the print preview (and printing)."""
