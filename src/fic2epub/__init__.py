"""fic2epub: turn fan-fiction text files into clean EPUB 3 and HTML ebooks."""

__version__ = "0.1.0"
