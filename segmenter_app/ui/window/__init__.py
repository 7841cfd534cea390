"""The main window and the controllers it holds (projects, loading, collect, outputs,
help, currency, window settings), and its menus built from one table of actions."""
