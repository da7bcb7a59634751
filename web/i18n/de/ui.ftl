# Die Wörter der Weboberfläche. Schlüssel in kebab-case, nach Bildschirmen geordnet.

## Start und Seiten, die es nicht gibt

boot-failed = Bivouac lässt sich nicht laden
try-again = Erneut versuchen
not-found-title = Nicht gefunden
not-found-heading = Hier ist nichts
not-found-text = Diese Adresse führt in Bivouac nirgendwohin.
go-home = Zur Startseite
session-ended = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.

## Presence, reactions and notifications

presence-online = Online
presence-away = Abwesend
presence-offline = Offline
presence-dnd = Nicht stören
copy-link = Link zur Nachricht kopieren
link-copied = Link kopiert. Jeder, der diesen Chat lesen darf, kann ihn öffnen.
reaction-add = Reaktion hinzufügen
reactions-label = Reaktionen
reaction-who = { $emoji } { $count ->
    [one] { $count } Reaktion
   *[other] { $count } Reaktionen
}: { $names }
reaction-you = Sie
reaction-more = { $count } weitere
reaction-search = Emoji suchen
reaction-recent = Zuletzt verwendet
reaction-all = Alle
notify-level-button = Benachrichtigungen: { $level }
notify-level-all = Alle Nachrichten
notify-level-mentions = Nur Erwähnungen
notify-level-none = Nichts (stumm)
push-unsupported = Dieser Browser kann keine Benachrichtigungen von Bivouac anzeigen.
push-blocked = Benachrichtigungen sind für diese Seite blockiert; erlauben Sie sie in den Website-Einstellungen des Browsers.
push-new-message = Neue Nachricht
notify-settings-title = Status und Benachrichtigungen
status-legend = Ihr Status
status-emoji = Emoji
status-text = Status
status-placeholder = Im Urlaub bis 12. Dez.
status-clear = Löschen nach
until-never = Nicht löschen
until-30m = 30 Minuten
until-1h = 1 Stunde
until-4h = 4 Stunden
until-today = Heute
until-week = Diese Woche
until-keep = Wie zuvor eingestellt
dnd-legend = Nicht stören
dnd-label = Nicht stören
dnd-hint = Push-Nachrichten werden zurückgehalten; E-Mails über Verpasstes kommen trotzdem.
dnd-until = Bis
notify-legend = Benachrichtigungen
push-label = Benachrichtigungen auf diesem Gerät
push-hint = Direktnachrichten, Erwähnungen und Antworten in Threads, denen Sie folgen, wenn kein Bivouac-Tab vor Ihnen ist.
hide-text-label = Nachrichtentext in Benachrichtigungen ausblenden
email-label = E-Mail über ungelesene Direktnachrichten und Erwähnungen
email-hint = Eine E-Mail sammelt alles, was wartet, höchstens einmal pro Stunde.
email-off = Nie
email-after = Nach { $minutes } Minuten
quiet-label = Ruhezeiten
quiet-hint = Zwischen diesen Zeiten keine Benachrichtigungen.
quiet-from = Ruhe ab
quiet-to = Ruhe bis
save = Speichern
cancel = Abbrechen
mark-unread = Ab hier als ungelesen markieren
remind-me = Erinnern…
remind-20m = In 20 Minuten
remind-1h = In 1 Stunde
remind-3h = In 3 Stunden
remind-tomorrow = Morgen um 9:00
remind-monday = Nächsten Montag um 9:00
remind-set = Sie werden erinnert: { $when }.
remind-title = Erinnerung
remind-toast = Erinnerung: { $preview }
remind-open = Öffnen
