"""The packaged program's entry point: the same ``segmenter`` command as the pip install."""

from segmenter_app.cli import entry

if __name__ == "__main__":
    entry()
