"""The physio report: content assembled without Qt (content.py), PDF drawn with QtGui (pdf.py)."""
