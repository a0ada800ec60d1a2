"""The sixteenth hand's blind corpus: jsPDF web-app printouts and Impress decks (issue 13)."""
