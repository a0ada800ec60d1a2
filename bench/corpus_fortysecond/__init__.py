"""The forty-second blind hand's corpus: fcl-pdf (Free Pascal) and fig2dev (XFig) producers."""
