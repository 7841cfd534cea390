"""``python -m segmenter_app`` runs the ``segmenter`` command."""

from .cli import entry

if __name__ == "__main__":
    entry()
