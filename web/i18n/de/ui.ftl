# Die Wörter der Weboberfläche. Schlüssel in kebab-case, nach Bildschirmen geordnet.

## Start und Seiten, die es nicht gibt

boot-failed = Bivouac lässt sich nicht laden
try-again = Erneut versuchen
not-found-title = Nicht gefunden
not-found-heading = Hier ist nichts
not-found-text = Diese Adresse führt in Bivouac nirgendwohin.
go-home = Zur Startseite
session-ended = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.
