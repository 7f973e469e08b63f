"""Run the command line as ``python -m fic2epub``."""

from fic2epub.cli import main

main()
