"""``python -m segmenter_app`` runs the ``segmenter`` command."""

from segmenter_app.cli import entry

if __name__ == "__main__":
    entry()
