# Die Wörter der Weboberfläche. Schlüssel in kebab-case, nach Bildschirmen geordnet.

## Start und Seiten, die es nicht gibt

boot-failed = Bivouac lässt sich nicht laden
try-again = Erneut versuchen
not-found-title = Nicht gefunden
not-found-heading = Hier ist nichts
not-found-text = Diese Adresse führt in Bivouac nirgendwohin.
go-home = Zur Startseite
session-ended = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.

## Bots: the area, lists and the request card

bots-title = Bots
bots-waiting = Wartet auf mich
bots-waiting-count = { $count ->
    [one] { $count } Antrag wartet auf Sie
   *[other] { $count } Anträge warten auf Sie
}
bots-mine = Meine Anträge
bots-start = Antrag stellen
bots-all = Alle Anträge
bots-manage = Bot-Editor
bots-load-more = Mehr laden
bots-waiting-empty = Nichts wartet auf Sie
bots-waiting-empty-text = Anträge, die Ihre Entscheidung brauchen, erscheinen hier und als Karten in den Chats der Bots.
bots-mine-empty = Noch keine Anträge
bots-mine-empty-text = Stellen Sie einen Antrag: eine Rechnung bezahlen, Urlaub beantragen oder einen Bot Ihrer Firma nutzen.
bots-all-empty = Keine passenden Anträge
bots-all-empty-text = Ändern Sie die Filter oder warten Sie auf die ersten Anträge.
bots-not-allowed = Das können Sie nicht sehen
bots-filter-bot = Bot
bots-filter-any-bot = Jeder Bot
bots-filter-state = Status
bots-filter-any-state = Jeder Status
bots-filter-requester = Antragsteller
bots-filter-anyone = Alle
bots-from = Von
bots-to = Bis
bots-export = CSV exportieren
bots-no-bots = Noch keine Bots
bots-no-bots-text = Bitten Sie einen Administrator, einen Bot für Ihren Ablauf einzurichten.
bots-send = Antrag senden
bots-request = Antrag
request-state-waiting = Wartend
request-state-approved = Genehmigt
request-state-done = Erledigt
request-state-rejected = Abgelehnt
request-state-returned = Zur Überarbeitung zurück
request-state-withdrawn = Zurückgezogen
bots-card-label = Antrag
bots-card-actions = Entscheiden
bots-card-waiting = Schritt { $step } von { $steps } · wartet auf { $names }
bots-card-to-execute = Genehmigt · auszuführen von { $names }
bots-card-updated = Aktualisiert { $date }
bots-card-unavailable = Dieser Antrag ist für Sie nicht sichtbar.
bots-approve = Genehmigen
bots-sign = Unterschreiben
bots-reject = Ablehnen
bots-return = Zurückgeben
bots-open = Öffnen
bots-cancel = Abbrechen
bots-password = Ihr Passwort zum Unterschreiben
bots-reject-reason = Warum lehnen Sie ab?
bots-return-reason = Was soll geändert werden?
bots-reason-needed = Nennen Sie den Grund: Der Antragsteller liest ihn.
bots-pass-code = Ausweiscode: { $code }

## Bots: a request's page

bots-values = Angaben
bots-route = Ablauf
bots-history = Verlauf
bots-discussion = Diskussion
bots-signatures = Unterschriften
bots-signature = { $name } hat { $file } unterschrieben (SHA-256 { $hash })
bots-pass = Besucherausweis
bots-pass-page = Seite für den Empfang öffnen
bots-pass-qr = QR-Code des Ausweises
bots-step-n = Schritt { $n }
bots-step-all = alle müssen entscheiden
bots-step-sign = mit Passwort unterschrieben
bots-step-skipped = Übersprungen: Die Bedingung traf nicht zu
bots-history-system = Bivouac
bots-history-submitted = hat den Antrag gesendet
bots-history-approved = hat Schritt { $step } genehmigt
bots-history-signed = hat in Schritt { $step } unterschrieben
bots-history-rejected = hat ihn in Schritt { $step } abgelehnt
bots-history-returned = hat ihn in Schritt { $step } zur Überarbeitung zurückgegeben
bots-history-resubmitted = hat ihn erneut gesendet, ab Schritt { $step }
bots-history-withdrawn = hat ihn zurückgezogen
bots-history-executed = hat ihn ausgeführt
bots-history-edited = hat die Angaben geändert
bots-history-skipped = Schritt { $step } übersprungen (Bedingung traf nicht zu)
bots-history-reminded = hat an Schritt { $step } erinnert
bots-on-behalf = (in Vertretung von { $name })
bots-no-comments = Noch keine Kommentare.
bots-comment = Kommentar
bots-comment-send = Kommentar senden
bots-change-and-resend = Ändern und erneut senden
bots-resubmit = Erneut senden
bots-mark-done = Als erledigt markieren
bots-withdraw = Antrag zurückziehen

## Bots: the form

bots-choose = Auswählen…
bots-currency = Währung
bots-field-required = Bitte ausfüllen.
bots-field-min-length = Mindestens { $min } Zeichen.
bots-field-max-length = Höchstens { $max } Zeichen.
bots-field-min = Mindestens { $min }.
bots-field-max = Höchstens { $max }.
bots-field-whole-number = Bitte eine ganze Zahl.
bots-field-currency = Eine Währung sind drei Buchstaben, etwa EUR.
bots-field-amount = Ein Betrag wie 1250.00 (höchstens { $digits } Nachkommastellen).
bots-field-period = Geben Sie den ersten und den letzten Tag an.
bots-field-period-order = Der letzte Tag liegt vor dem ersten.
bots-file-unreadable = Diese Datei ließ sich nicht lesen.
bots-file-cancel = Hochladen abbrechen
bots-file-uploading = { $name } wird hochgeladen…
bots-file-ready = { $name } ({ $size }) ist angehängt.
bots-file-wait = Warten Sie, bis die Datei hochgeladen ist.
bots-file-hash-only = { $name } (SHA-256 { $hash }…)

## Bots: the editor

bots-new = Neuer Bot
bots-edit = Bot bearbeiten
bots-edit-named = { $name } bearbeiten
bots-version = Version { $version }
bots-builtin = Eingebaut
bots-name = Name
bots-icon = Symbol (ein Emoji)
bots-description = Beschreibung
bots-fields = Formularfelder
bots-add-field = Feld hinzufügen
bots-field-key = Schlüssel
bots-field-label = Bezeichnung
bots-field-type = Typ
bots-field-options = Auswahlmöglichkeiten, durch Kommas getrennt
bots-field-min-label = Kleinster Wert
bots-field-max-label = Größter Wert
bots-required = Pflichtfeld
bots-move-up = Nach oben
bots-move-down = Nach unten
bots-remove = Entfernen
bots-add-step = Schritt hinzufügen
bots-step-kind = Wer entscheidet
bots-step-name = Name des Schritts
bots-step-people = Personen
bots-step-department = Abteilung
bots-step-role = Rolle
bots-condition = Nur wenn
bots-condition-field = Feld
bots-condition-op = Vergleich
bots-condition-value = Wert
bots-execution = Ausführung
bots-execution-on = Nach der Genehmigung führt jemand den Antrag aus
bots-executor = Wer ausführt
bots-watchers = Beobachter (erfahren das Ergebnis)
bots-remind-after = Genehmigende erinnern nach (Stunden)
bots-preview = Vorschau
bots-save = Speichern
bots-delete = Bot löschen
bots-delete-confirm = { $name } löschen? Er nimmt keine neuen Anträge an; laufende gehen weiter.
bots-type-text = Kurzer Text
bots-type-long-text = Langer Text
bots-type-number = Zahl
bots-type-money = Geld
bots-type-date = Datum
bots-type-date-range = Zeitraum
bots-type-person = Person
bots-type-department = Abteilung
bots-type-choice = Eine Auswahl
bots-type-multi-choice = Mehrfachauswahl
bots-type-checkbox = Kontrollkästchen
bots-type-file = Datei
bots-kind-people = Genannte Personen
bots-kind-department-head = Leitung der Abteilung des Antragstellers
bots-kind-head-of = Leitung einer Abteilung
bots-kind-role = Alle mit einer Rolle
bots-role-owner = Inhaber
bots-role-admin = Administratoren
bots-role-integrator = Integratoren
bots-role-employee = Mitarbeitende
bots-role-freelancer = Freelancer

## Bots: absences on a person's card

bots-on-vacation = Im Urlaub bis { $date }
bots-stands-in = { $name } vertritt

## Bots: integrations

bots-integrations = Integrationen
bots-never = nie
bots-shown-once = Kopieren Sie es jetzt: Es wird nur dieses eine Mal gezeigt.
bots-accounts = Bot-Konten
bots-accounts-help = Ein Bot-Konto schreibt über die API mit seinem Token (Authorization: Bearer), nur in Kanälen, in die es aufgenommen wurde, wie eine Person.
bots-account-name = Name des Kontos
bots-add-account = Bot-Konto hinzufügen
bots-no-accounts = Noch keine Bot-Konten.
bots-new-token = Neues Token
bots-revoke-token = Token widerrufen
bots-revoke-confirm = Das Token von { $name } widerrufen? Was es nutzt, kann sofort nicht mehr schreiben.
bots-token-of = Das Token von { $name }
bots-token-active = hat ein Token
bots-token-none = kein Token
bots-last-used = zuletzt genutzt { $date }
bots-webhooks = Webhooks
bots-webhooks-help = Eingehende Webhooks nehmen an, was Werkzeuge an Slack senden; ausgehende schicken Nachrichten, die mit einem Auslösewort beginnen, an einen anderen Server.
bots-webhook-channel = Kanal
bots-no-channels = Treten Sie zuerst einem Kanal bei.
bots-no-webhooks = Dieser Kanal hat keine Webhooks.
bots-webhook-name = Name des Webhooks (als Absender gezeigt)
bots-add-incoming = Eingehenden Webhook hinzufügen
bots-webhook-url = Die Adresse des Webhooks
bots-trigger = Auslösewort
bots-target-url = Zieladresse (https://)
bots-add-outgoing = Ausgehenden Webhook hinzufügen
bots-outgoing-token = Das Token, das jeder Aufruf mitschickt (prüfen Sie es auf Ihrem Server)
bots-incoming = eingehend
bots-outgoing = ausgehend
bots-last-error = letzter Fehler: { $error }
bots-remove-webhook = Webhook entfernen
bots-remove-webhook-confirm = { $name } entfernen? Seine Adresse funktioniert sofort nicht mehr.
