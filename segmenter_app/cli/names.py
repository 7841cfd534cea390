"""What the command's first step needs before it imports anything else (``cli.main``,
``cli._prepare_reading``): the names of the commands that read no list the usual way —
``open`` reads in the window, ``collect`` reads returned workbooks, which need no
native reader — and the exit statuses (``segmenter_app.cli`` says what each means)."""

OPEN = "open"
COLLECT = "collect"

EXIT_OK, EXIT_WRITE, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 3
