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

## Überall: Schaltflächen, Zustände und Meldungen

save = Speichern
cancel = Abbrechen
confirm = Bestätigen
close = Schließen
back = Zurück
none = Keine
you = Sie
all = Alle
show-all = Alle zeigen
nothing-to-show = Hier gibt es nichts anzuzeigen.
load-more = Mehr laden
loading = Wird geladen
could-not-load = Konnte nicht geladen werden
could-not-load-people = Personen konnten nicht geladen werden
something-went-wrong = Etwas ist schiefgegangen: { $detail }
network-error = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
server-answered = Der Server antwortete mit { $status }.
paging-loop = Der Server hat dieselbe Seite zweimal gesendet, daher konnte diese Liste nicht vollständig geladen werden. Versuchen Sie es erneut.
not-available = Nicht verfügbar
clear-search = Suche leeren
clear-filters = Filter zurücksetzen
copy-link = Link kopieren
copy-message-link = Link zur Nachricht kopieren
copied = Kopiert.
copy-by-hand = Drücken Sie Strg+C (⌘C auf dem Mac), um den markierten Link zu kopieren.
former-member = Ehemaliges Mitglied
not-sent-page-closed = Nicht gesendet, bevor die Seite geschlossen wurde.
password-show = Zeigen
password-hide = Verbergen
password-show-label = { $field } zeigen
password-hide-label = { $field } verbergen
password-hint = Mindestens { $min } Zeichen.
people-count = { $more ->
    [yes] { $count }+ Personen
   *[no] { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    }
}

## Felder

field-first-name = Vorname
field-last-name = Nachname
field-company-name = Firmenname
field-email = E-Mail
field-password = Passwort
field-password-repeat = Passwort wiederholen
field-new-password = Neues Passwort
field-new-password-repeat = Neues Passwort wiederholen
field-current-password = Aktuelles Passwort
field-title = Position
field-title-example = z. B. Vertriebsleiterin
field-name = Name
field-phone = Telefon
field-role = Rolle
field-access-ends = Zugang endet

## Was ein Formular vor dem Senden braucht

need-email = Geben Sie eine E-Mail-Adresse ein.
need-email-shape = „{ $value }“ ist keine E-Mail-Adresse; sie sieht aus wie name@example.com.
need-password = Das Passwort muss mindestens { $min } Zeichen haben.
need-password-again = Geben Sie das Passwort noch einmal ein.
passwords-differ = Die Passwörter stimmen nicht überein. Geben Sie zweimal dasselbe Passwort ein.
need-company = Geben Sie den Namen Ihrer Firma (oder Ihres Teams) ein.
need-company-name = Geben Sie den Firmennamen ein.
need-first-name = Geben Sie Ihren Vornamen ein.
need-last-name = Geben Sie Ihren Nachnamen ein.
need-their-first-name = Geben Sie den Vornamen ein.
need-their-last-name = Geben Sie den Nachnamen ein.
need-login-email = Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden.
need-login-password = Geben Sie Ihr Passwort ein.
need-your-email = Geben Sie Ihre E-Mail-Adresse ein.
need-current-password = Geben Sie Ihr jetziges Passwort ein.
need-new-password-again = Geben Sie das neue Passwort noch einmal ein.

## Rollen und Zustände

role-owner = Inhaber
role-admin = Administrator
role-integrator = Integrator
role-employee = Mitarbeiter
role-freelancer = Freelancer
role-hint-owner = Darf alles, auch die Inhaberschaft übertragen.
role-hint-admin = Führt den Arbeitsbereich: Personen, Abteilungen, E-Mail, Protokoll.
role-hint-integrator = Ein externer Fachmann, der das System einrichtet. Verwaltet Mitarbeiter und Freelancer. Kann ein Zugangsende haben.
role-hint-employee = Belegschaft. Chats, Kanäle und Bots; bearbeitet nur die eigene Karte.
role-hint-freelancer = Ein externer Auftragnehmer. Sieht nur Personen, mit denen er einen Direktchat hat. Kann ein Zugangsende haben.
person-state-active = Aktiv
person-state-invited = Eingeladen
person-state-deactivated = Deaktiviert

## Anmeldung, Einrichtung, Einladung und Passwort

sign-in = Anmelden
sign-out = Abmelden
login-lede = Willkommen zurück.
forgot-link = Passwort vergessen?
go-to-sign-in = Zur Anmeldung
back-to-sign-in = Zurück zur Anmeldung
setup-already-title = Bereits eingerichtet
setup-already-text = Dieser Arbeitsbereich hat bereits einen Inhaber, daher funktioniert der Einrichtungslink nicht mehr.
setup-no-token-title = Bivouac einrichten
setup-no-token-text = Öffnen Sie den einmaligen Einrichtungslink, den der Server beim Start ausgegeben hat. Er steht auch in der Datei setup-link.txt im Datenverzeichnis.
setup-title = Willkommen bei Bivouac
setup-lede = Legen Sie das Konto des Inhabers an. Gleich danach können Sie Ihre Kollegen einladen.
setup-company-hint = Für alle sichtbar, die Sie einladen. Sie können ihn später ändern.
setup-submit = Inhaberkonto anlegen
setup-form-label = Das Inhaberkonto anlegen
no-setup-title = Fast geschafft
no-setup-text = Dieses Bivouac hat noch keinen Inhaber. Öffnen Sie den einmaligen Einrichtungslink, den der Server beim Start ausgegeben hat (er steht auch in setup-link.txt im Datenverzeichnis).
invite-no-token-title = Öffnen Sie Ihren Einladungslink
invite-no-token-text = Verwenden Sie den Link aus der Einladungs-E-Mail. Er funktioniert einmal, 7 Tage lang.
invite-have-account = Ich habe bereits ein Konto
invite-gone-title = Dieser Einladungslink funktioniert nicht
invite-failed-title = Die Einladung kann nicht geöffnet werden
invite-the-team = das Team
invite-join = { $company } beitreten
invite-join-team = Dem Team beitreten
invite-your-admin = Ihr Administrator
invite-lede = { $inviter } hat Sie eingeladen, { $company } beizutreten, als { $role ->
    [owner] Inhaber
    [admin] Administrator
    [integrator] Integrator
    [freelancer] Freelancer
   *[employee] Mitarbeiter
}.
invite-form-label = Passwort festlegen
invite-foot = Legen Sie ein Passwort fest, um abzuschließen. Sie melden sich ab jetzt mit { $email } an.
forgot-submit = Link senden
forgot-form-label = Passwort zurücksetzen
forgot-lede = Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Wir senden Ihnen einen Link, um ein neues Passwort festzulegen.
forgot-sent-title = Sehen Sie in Ihr Postfach
forgot-sent-text = Wenn diese Adresse zu einem Konto gehört, ist ein Link unterwegs. Er funktioniert einmal, eine Stunde lang.
forgot-sent-lede = Nichts angekommen? Sehen Sie im Spam-Ordner nach oder fragen Sie Ihren Administrator.
reset-no-token-title = Öffnen Sie Ihren Link zum Zurücksetzen
reset-no-token-text = Verwenden Sie den Link aus der E-Mail zum Zurücksetzen des Passworts. Ist er abgelaufen, fordern Sie einen neuen an.
reset-ask-new = Neuen Link anfordern
reset-submit = Passwort festlegen und anmelden
reset-title = Neues Passwort festlegen
reset-lede = Wählen Sie ein neues Passwort. Überall sonst werden Sie abgemeldet.
reset-gone-title = Dieser Link funktioniert nicht mehr
address-banner-title = Bivouac ist für eine andere Adresse eingerichtet.
address-banner-opened = Sie haben { $opened } geöffnet, aber der Server setzt { $configured } in Links (Einladungen, Passwort-Zurücksetzen) ein und nimmt Live-Aktualisierungen nur von dort an.
address-banner-change = Wenn alle { $example } verwenden sollen, ändern Sie base_url in der Serverkonfiguration auf { $example } und starten Sie Bivouac neu.
address-banner-set = Setzen Sie base_url auf die Adresse, die alle öffnen werden, zum Beispiel { $example }: Starten Sie Bivouac mit --base-url { $example } oder tragen Sie base_url = "{ $example }" in /etc/bivouac/bivouac.toml ein und starten Sie es neu.

## Das Gerüst: Leiste, Seitenleiste, Bereich, Personenmenü

rail-label = Bereiche
sidebar-label = Seitenleiste
panel-label = Details
close-panel = Bereich schließen
chats-title = Chats
people-title = Personen
admin-title = Verwaltung
chats-rail-label = Chats, { $unread } ungelesen{ $mentions ->
    [0] {""}
   *[other] , { $mentions ->
        [one] { $mentions } Erwähnung
       *[other] { $mentions } Erwähnungen
    }
}
me-button-label = { $name }: Ihr Konto und Abmelden
menu-account = Ihr Konto und Passwort
menu-company = Firmenname und Farbe
menu-account-label = Ihr Konto

## Ihr Konto

account-title = Ihr Konto
account-nav = Name, Sprache und Passwort
account-profile-title = Name und Position
account-profile-label = Ihr Name und Ihre Position
account-profile-saved = Ihr Name und Ihre Position sind gespeichert.
account-language = Sprache
account-language-browser = Wie der Browser: { $language }
account-language-browser-none = Wie der Browser (die des Arbeitsbereichs: { $language })
account-language-hint = Die Ansichten von Bivouac, seine Meldungen und Ihre E-Mails kommen in dieser Sprache.
account-language-saved = Ihre Sprache ist gespeichert.
account-password-label = Ihr Passwort ändern
account-password-submit = Passwort ändern
account-password-hint = Eine Änderung meldet Sie auf Ihren anderen Geräten und Browsern ab; hier bleiben Sie angemeldet.
account-password-saved = Ihr Passwort ist geändert. Überall sonst wurden Sie abgemeldet.

## Verwaltung

admin-people = Personen
admin-invitations = Einladungen
admin-audit = Protokoll
admin-mail = E-Mail
admin-company = Firma
admin-only-staff = Nur der Inhaber, Administratoren und Integratoren können diese Seite öffnen.
admin-only-admins = Nur der Inhaber und Administratoren können diese Seite öffnen.
admin-only-owners = Nur Inhaber können diese Seite öffnen.
admin-signed-in-as = Angemeldet als { $role ->
    [owner] Inhaber
    [admin] Administrator
   *[integrator] Integrator
}.
company-title = Firma
company-sub = Name, Farbe und Sprache, für alle im Arbeitsbereich
company-name-hint = Erscheint über der Seitenleiste, in Einladungen und in deren E-Mails.
company-pick-colour = Akzentfarbe wählen
company-colour = Akzentfarbe
company-colour-hint = Ihre Firmenfarbe, als # und sechs Hexadezimalziffern. Leer: das eigene Petrol von Bivouac.
company-colour-reset = Farbe von Bivouac verwenden
company-colour-own = Die eigene Farbe von Bivouac ist in Gebrauch.
company-colour-shades = Damit Text lesbar bleibt (Kontrast von mindestens 4,5:1), verwendet Bivouac diese Töne:
company-light-mode = Heller Modus
company-dark-mode = Dunkler Modus
company-swatch = { $mode }: { $colour }
company-language = Sprache des Arbeitsbereichs
company-language-hint = Für alle, deren Browser keine der Sprachen von Bivouac spricht, für Einladungs-E-Mails und für die Nachrichten der Bots. Jede Person kann ihre eigene wählen.
company-form-label = Firmenname, Farbe und Sprache
company-saved = Die Einstellungen der Firma sind gespeichert. Andere sehen sie, wenn sie Bivouac das nächste Mal öffnen.
admin-people-sub = Rollen, Abteilungen und Zugang
admin-people-caption = Personen im Arbeitsbereich
people-search-placeholder = Nach Name, E-Mail oder Position suchen
people-search-label = Personen suchen
people-no-match = Niemand passt zu „{ $query }“
people-no-match-text = Prüfen Sie die Schreibweise oder suchen Sie nach der E-Mail-Adresse.
people-none-yet = Noch keine Personen
people-none-yet-text = Laden Sie Ihre Kollegen per E-Mail ein, um loszulegen.
loading-people = Personen werden geladen
col-name = Name
col-state = Status
col-actions = Aktionen
col-person = Person
col-invited-by = Eingeladen von
col-expires = Läuft ab
col-when = Wann
col-who = Wer
col-action = Aktion
col-about = Betrifft
col-detail = Detail
departments = Abteilungen
departments-of = Abteilungen von { $name }
departments-none-yet = Es gibt noch keine Abteilungen. Legen Sie sie unter Firmenstruktur an.
departments-set = { $name } ist in { $departments }.
departments-none-now = { $name } ist jetzt in keiner Abteilung.
edit-departments = Abteilungen bearbeiten
edit-departments-of = Abteilungen von { $name } bearbeiten
department-members-with-subs = { $total } darin und in den Unterabteilungen ({ $direct } direkt)
role-of = Rolle von { $name }
make-role = Zum { $role ->
    [owner] Inhaber
    [admin] Administrator
    [integrator] Integrator
    [freelancer] Freelancer
   *[employee] Mitarbeiter
} machen
make-role-question = { $name } zum { $role ->
    [owner] Inhaber
    [admin] Administrator
    [integrator] Integrator
    [freelancer] Freelancer
   *[employee] Mitarbeiter
} machen?
role-changed = { $name } ist jetzt { $role ->
    [owner] Inhaber
    [admin] Administrator
    [integrator] Integrator
    [freelancer] Freelancer
   *[employee] Mitarbeiter
}.
role-effect-owner = { $name } kann dann alles im Arbeitsbereich, auch andere Inhaber ändern, die Firma umbenennen und die Inhaberschaft übertragen.
role-effect-admin = { $name } kann dann alle außer Inhabern einladen und verwalten, Abteilungen ändern, das Protokoll lesen und die E-Mail testen.
role-effect-integrator = { $name } kann dann Mitarbeiter und Freelancer einladen und verwalten und Abteilungen ändern, aber keine Administratoren.
role-effect-employee = { $name } sieht dann alle im Verzeichnis, chattet, erstellt öffentliche Kanäle und tritt ihnen bei, verwaltet aber niemanden.
role-effect-freelancer = { $name } sieht dann nur die Personen, mit denen es einen Direktchat gibt, und nur die Chats, zu denen { $name } hinzugefügt wurde.
role-signed-out-note = { $name } verliert mit dieser Änderung Rechte und wird sofort überall abgemeldet; zum Weitermachen ist eine neue Anmeldung nötig.
make-owner-question = { $name } ebenfalls zum Inhaber machen?
make-owner-note = Sie bleiben beide Inhaber; nur ein Inhaber kann das rückgängig machen.
make-owner = Zum Inhaber machen
make-owner-menu = Ebenfalls zum Inhaber machen…
access-end-of = Zugangsende von { $name }
access-end-remove = Zugangsende von { $name } entfernen
access-no-end = Kein Enddatum
access-ends-on = Der Zugang von { $name } endet am { $date }.
access-end-removed = Der Zugang von { $name } hat jetzt kein Enddatum.
actions-for = Aktionen für { $name }
view-card = Karte ansehen
deactivate = Deaktivieren
deactivate-menu = Deaktivieren…
deactivate-question = { $name } deaktivieren?
deactivate-text = { $name } wird sofort überall abgemeldet und kann sich erst nach einer Reaktivierung wieder anmelden. Die Nachrichten bleiben.
deactivated = { $name } ist deaktiviert und überall abgemeldet.
reactivate = Reaktivieren
reactivated = { $name } kann sich wieder anmelden.
delete-menu = Löschen…
delete-question = { $name } löschen?
delete-text = { $name } wird abgemeldet und kann sich nie wieder anmelden; { $email } wird für jemand anderen frei. Die Nachrichten bleiben unter diesem Namen. Das lässt sich nicht rückgängig machen.
delete-for-good = Endgültig löschen
deleted = { $name } ist gelöscht.
transfer-ownership = Inhaberschaft übertragen
transfer-ownership-menu = Inhaberschaft übertragen…
transfer-question = Inhaberschaft an { $name } übertragen?
transfer-text = { $name } wird Inhaber von { $company }. Sie werden Administrator und können die Inhaberschaft nicht selbst zurückholen.
transferred = { $name } ist jetzt Inhaber. Sie sind Administrator.

## Einladungen

invite-title = Personen einladen
invite-intro = Sie erhalten eine E-Mail mit einem Link, um ihr Passwort festzulegen. Der Link gilt 7 Tage.
invite-submit = Einladung senden
invite-email-hint = Der Einladungslink geht an diese Adresse.
invite-access-hint = Optional, für Integratoren und Freelancer. Ihre Sitzungen enden nach diesem Tag.
invite-language = Sprache der Einladung
invite-language-default = Die des Arbeitsbereichs: { $language }
invite-queued = Die Einladung an { $email } steht in der Warteschlange und geht hinaus, sobald E-Mail zugestellt wird. Ohne Mailserver kopieren Sie ihren Link unter Verwaltung → Einladungen.
invite-sent = Einladung an { $email } gesendet.
invite-link = Einladungslink
invite-link-for = Einladungslink für { $name }
invite-link-text = Senden Sie diesen Link selbst an { $email } (er wurde noch nicht gemailt). Er funktioniert einmal; wer ihn öffnet, legt ein Passwort fest und tritt als diese Person bei.
invitations-sub = Wer eingeladen wurde und ob die E-Mail ankam
invitations-show = Einladungen zeigen
invitations-pending = Offen
invitation-state-queued = In der Warteschlange
invitation-state-sent = Gesendet
invitation-state-failed = Zustellung fehlgeschlagen
invitation-state-accepted = Angenommen
invitation-state-expired = Abgelaufen
invitation-state-revoked = Widerrufen
invitations-none-open = Keine offenen Einladungen
invitations-none-accepted = Keine angenommenen Einladungen
invitations-none-revoked = Keine widerrufenen Einladungen
invitations-none-open-text = Alle Eingeladenen haben geantwortet. Laden Sie weitere Personen ein, wenn Sie sie brauchen.
invitations-none-yet = Noch keine Einladungen
invitations-none-yet-text = Laden Sie Kollegen per E-Mail ein: Sie erhalten einen Link, um ihr Passwort festzulegen.
invitation-more-actions = Weitere Aktionen für die Einladung von { $name }
invitation-copy-link-menu = Einladungslink kopieren…
invitation-correct-menu = E-Mail-Adresse korrigieren…
revoke-menu = Widerrufen…
resend = Erneut senden
invitation-resend = Einladung erneut senden
invitation-resend-to = Die Einladung erneut an { $email } senden
invitation-resent = Ein neuer Einladungslink ist an { $email } unterwegs. Der alte Link funktioniert nicht mehr.
invitation-sent-at = Gesendet { $time }
invitation-delivery-failed = Zustellung fehlgeschlagen: { $error }
invitation-correct-title = E-Mail-Adresse von { $name } korrigieren
invitation-correct-intro = Eine neue Einladung geht an die korrigierte Adresse; der Link an die alte funktioniert nicht mehr.
invitation-correct-submit = An diese Adresse senden
invitation-corrected = Die Einladung geht jetzt an { $email }.
invitation-revoke = Einladung widerrufen
invitation-revoke-menu = Einladung widerrufen…
invitation-revoke-question = Die Einladung für { $name } widerrufen?
invitation-revoke-text = Der an { $email } gesendete Link funktioniert sofort nicht mehr. Sie können { $name } später erneut einladen.
invitation-revoke-text-people = Der an { $email } gesendete Link funktioniert nicht mehr, und { $name } verschwindet aus dieser Liste. Sie können die Person später erneut einladen.
invitation-revoked = Die Einladung für { $name } ist widerrufen.
loading-invitations = Einladungen werden geladen

## E-Mail-Einstellungen

mail-sub = Wie Bivouac Einladungen und Passwort-Links versendet
mail-not-set = nicht gesetzt
mail-configured = E-Mail ist eingerichtet. Einladungen und Passwort-Links gehen über den Server unten hinaus.
mail-not-configured = E-Mail ist nicht eingerichtet:
mail-not-configured-text = Einladungen bleiben in der Warteschlange, bis smtp.host gesetzt ist.
mail-smtp-server = SMTP-Server
mail-host = Host
mail-port = Port
mail-security = Sicherheit
mail-from = Absender
mail-security-none = Keine (einfaches SMTP)
mail-security-starttls = STARTTLS
mail-security-tls = TLS (implizit)
mail-read-only = Diese Einstellungen sind hier nur lesbar. Sie werden in der Konfigurationsdatei oder der Umgebung gesetzt; starten Sie Bivouac nach einer Änderung neu:
mail-outbox = Postausgang
mail-queued = { $count ->
    [one] E-Mail wartet auf den Versand
   *[other] E-Mails warten auf den Versand
}
mail-failed = { $count ->
    [one] Einladung konnte nicht zugestellt werden
   *[other] Einladungen konnten nicht zugestellt werden
}
mail-see-invitations = Sehen Sie sich die Einladungen an,
mail-see-invitations-why = um sie erneut zu senden oder eine Adresse zu korrigieren. Wartende E-Mails werden automatisch erneut versucht.
mail-nothing-waiting = Nichts wartet. Solange der SMTP-Server fehlt, werden wartende E-Mails automatisch erneut versucht.
mail-send-to = Senden an
mail-send-to-hint = Leer lassen, um sie an sich selbst zu senden ({ $email }).
mail-test-submit = Test-E-Mail senden
mail-test-title = Eine Test-E-Mail senden
mail-test-text = Sendet sofort eine E-Mail, am Postausgang vorbei, und zeigt, was der SMTP-Server geantwortet hat.
mail-test-delivered = An { $email } zugestellt.
mail-test-not-delivered = Nicht an { $email } zugestellt.
mail-test-sent = Test-E-Mail an { $email } gesendet.
mail-loading = E-Mail-Einstellungen werden geladen
mail-settings = E-Mail-Einstellungen
mail-failed-alert = { $count ->
    [one] { $count } Einladung konnte nicht zugestellt werden.
   *[other] { $count } Einladungen konnten nicht zugestellt werden.
}
mail-failed-resend = Prüfen Sie die Adresse und senden Sie erneut.
mail-failed-resend-or = Prüfen Sie die Adresse und senden Sie erneut, oder
mail-test-settings = testen Sie die E-Mail-Einstellungen

## Protokoll

audit-sub = Jede Verwaltungsaktion, die neueste zuerst
audit-all-actions = Alle Aktionen
audit-done-by = Ausgeführt von
audit-done-by-anyone = Von allen
audit-about-anyone = Einträge über alle zeigen
audit-about = Betrifft { $name }
audit-about-one = Betrifft eine Person
audit-no-match = Keine passenden Einträge
audit-no-match-text = Versuchen Sie eine andere Aktion oder Person, oder setzen Sie die Filter zurück.
audit-empty = Noch nichts aufgezeichnet
audit-empty-text = Rollenänderungen, Einladungen, Deaktivierungen und Abteilungsänderungen erscheinen hier.
audit-load-older = Ältere Einträge laden
audit-only-about = Nur Einträge über { $name } zeigen
audit-automatic = Bivouac (automatisch)
audit-could-not-load-actions = Die Aktionen konnten nicht geladen werden
audit-loading = Das Protokoll wird geladen

## Personen

people-everyone = Alle
structure-title = Firmenstruktur
departments-none-yet-create = Noch keine Abteilungen. Legen Sie sie unter Firmenstruktur an.
departments-none = Noch keine Abteilungen.
department = Abteilung
all-departments = Alle Abteilungen
pinned = Angeheftet
pinned-people = Angeheftete Personen
people-no-match-in = Niemand in { $department } passt zu „{ $query }“
people-no-match-text-title = Prüfen Sie die Schreibweise oder suchen Sie nach E-Mail-Adresse oder Position.
department-empty = In { $department } ist noch niemand
department-empty-this = In dieser Abteilung ist noch niemand
department-empty-text = Personen kommen über ihre Karte in der Verwaltung in eine Abteilung.
show-everyone = Alle zeigen
nobody-yet = Noch niemand hier
nobody-yet-invite = Laden Sie Ihre Kollegen per E-Mail ein; sie erscheinen hier, sobald sie beitreten.
nobody-yet-text = Ihre Kollegen erscheinen hier, sobald sie beitreten.
people-in = Personen in { $department }
unpin = Lösen
pin-to-top = Oben anheften
person-pinned = { $name } ist oben bei Personen angeheftet.
person-unpinned = { $name } ist nicht mehr angeheftet.
your-card = Ihre Karte
person = Person
edit-my-card = Meine Karte bearbeiten
edit-card = Karte bearbeiten
edit-your-card = Ihre Karte bearbeiten
edit-card-of = Karte von { $name } bearbeiten
manage = Verwalten
message-person = Nachricht
card-saved-own = Ihre Karte ist gespeichert.
card-saved = Die Karte von { $name } ist gespeichert.
picker-placeholder = Nach Name oder E-Mail suchen
searching = Suche läuft…
picker-no-match = Niemand passt zu „{ $query }“.
picker-nobody = Noch niemand anzuzeigen.
remove-person = { $name } entfernen

## Firmenstruktur

structure-sub = Abteilungen und wer sie leitet
department-new = Neue Abteilung
department-new-sub = Neue Unterabteilung
departments-count = { $count ->
    [one] { $count } Abteilung.
   *[other] { $count } Abteilungen.
}
structure-menu-hint = Über die Schaltfläche … einer Abteilung können Sie sie umbenennen, verschieben, ihre Leitung festlegen oder sie löschen.
structure-empty-manager = Bauen Sie Ihre Firmenstruktur auf: Beginnen Sie mit den obersten Abteilungen und fügen Sie dann Teams darin hinzu.
structure-empty = Ihre Administratoren haben noch keine Abteilungen angelegt.
department-create-first = Die erste Abteilung anlegen
led-by = geleitet von
no-head = Keine Leitung
members = Mitglieder
department-add-sub = Unterabteilung hinzufügen
rename = Umbenennen
move = Verschieben
delete = Löschen
create = Anlegen
head-change = Leitung ändern
head-set = Leitung festlegen
department-top-level = Oberste Ebene (keine übergeordnete)
department-name-example = z. B. Vertrieb
department-inside = Innerhalb von
department-head = Leitung
department-head-hint = Optional. Genehmigungswege können zur Leitung führen.
department-created = { $name } angelegt.
rename-what = { $name } umbenennen
department-renamed = { $old } heißt jetzt { $name }.
department-move-inside = Verschieben nach
department-move-hint = Ihre Unterabteilungen und Mitglieder ziehen mit.
move-what = { $name } verschieben
department-moved = { $name } wurde nach { $to } verschoben.
department-moved-top = { $name } ist jetzt eine Abteilung der obersten Ebene.
department-head-of = Leitung von { $name }
department-head-set = { $person } leitet jetzt { $name }.
department-head-none = { $name } hat jetzt keine Leitung.
department-delete-text = Die Abteilung { $name } verschwindet aus der Firmenstruktur. Nur eine leere Abteilung kann gelöscht werden: Verschieben Sie zuerst ihre Personen und Unterabteilungen.
department-delete = Abteilung löschen
department-deleted = { $name } gelöscht.
loading-departments = Abteilungen werden geladen

## Chats: die Seitenleiste

channel = Kanal
channel-private = Privater Kanal
channel-named = Kanal { $name }
channel-private-named = Privater Kanal { $name }
mentions-count = { $count ->
    [one] { $count } Erwähnung
   *[other] { $count } Erwähnungen
}
unread-count = { $count } ungelesen
unread-label = { $name }{ $unread ->
    [0] {""}
   *[other] , { $unread } ungelesen
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } Erwähnung
   *[other] , { $mentions } Erwähnungen
}
new-menu = Neu…
new-menu-label = Neuer Kanal, neue Nachricht oder neuer Ordner
new-channel-menu = Neuer Kanal…
new-message-menu = Neue Nachricht…
browse-channels-menu = Kanäle durchsuchen…
new-folder-menu = Neuer Ordner…
new-folder = Neuer Ordner
new-channel = Neuer Kanal
new-message = Neue Nachricht
folder-name = Ordnername
folder-create = Ordner anlegen
folder-new-with-chat = Der Chat kommt in den neuen Ordner.
folder-new-lede = Ordner gruppieren Chats; ein Chat kann in mehreren Ordnern sein.
loading-chats = Chats werden geladen
reconnecting = Verbindung wird wiederhergestellt… neue Nachrichten erscheinen, sobald die Verbindung zurück ist.
jump-to = Springen zu…
key-ctrl-k = Strg K
threads-title = Threads
pinned-empty = Heften Sie wichtige Chats über ihr Menü … an oder ziehen Sie sie hierher.
channels-title = Kanäle
channels-all-filed = Alle Ihre Kanäle sind angeheftet oder in Ordnern.
directs-title = Direkt- und Gruppenchats
directs-all-filed = Alle Ihre Chats sind angeheftet oder in Ordnern.
directs-none = Noch keine Direktchats —
directs-none-action = schreiben Sie einer Kollegin oder einem Kollegen
channels-none-added = Noch keine Kanäle — hier sehen Sie die, zu denen Sie hinzugefügt werden.
channels-none = Noch keine Kanäle —
channels-none-create = legen Sie einen für Ihre Abteilung an
channels-none-browse = durchsuchen Sie die vorhandenen
or = oder
options-for = Optionen für { $name }
move-up = Nach oben
move-down = Nach unten
add-to-folder-menu = Zu Ordner hinzufügen ▸
remove-from-folder = Aus „{ $name }“ entfernen
leave-channel-menu = Kanal verlassen…
leave-group-menu = Gruppe verlassen…
leave-channel-question = #{ $name } verlassen?
leave-group-question = Den Gruppenchat mit { $name } verlassen?
leave-private-text = Er ist privat: Um zurückzukommen, muss Sie jemand erneut hinzufügen.
leave-text = Sie erhalten seine Nachrichten nicht mehr, und er verschwindet aus Ihrer Seitenleiste, Ihren angehefteten Chats und Ordnern.
leave = Verlassen
folders-title = Ordner
folders-none = Gruppieren Sie Chats in Ordnern:
folders-none-action = neuer Ordner
folder-show = „{ $name }“ zeigen
folder-named = Ordner { $name }
folder-department-named = Abteilungsordner { $name }
folder-department-title = Abteilungsordner, von Administratoren festgelegt
folder-department-tag = Abt.
folder-options-for = Optionen für den Ordner { $name }
folder-department-empty = Noch keiner der Chats dieses Ordners ist Ihrer.
folder-empty = Leer — ziehen Sie Chats hierher oder nutzen Sie „Zu Ordner hinzufügen“ im Menü eines Chats.
expand = Aufklappen
collapse = Zuklappen
folder-department-hide = Diesen Abteilungsordner ausblenden
rename-menu = Umbenennen…
folder-rename = Ordner umbenennen
folder-delete-menu = Ordner löschen…
folder-delete-question = Den Ordner „{ $name }“ löschen?
folder-delete-text = Nur der Ordner verschwindet; die Chats darin bleiben in Ihrer Seitenleiste.
folder-delete = Ordner löschen

## Chats: Dialoge und der Schnellwechsel

description = Beschreibung
channel-name-example = z. B. vertrieb-team
channel-description-hint = Wofür ist er da? Erscheint unter dem Namen.
new-channel-lede = Kanäle sind für ein Team, ein Projekt oder einen Ablauf.
private = Privat
private-channel-hint = nur von Ihnen hinzugefügte Personen können ihn finden und lesen
channel-create = Kanal anlegen
need-channel-name = Geben Sie dem Kanal einen Namen.
channels-filter = Kanäle filtern
browse-channels = Kanäle durchsuchen
browse-channels-lede = Öffentliche Kanäle der Firma. Treten Sie jedem davon bei.
channels-no-match = Kein Kanal passt.
channels-no-public = Es gibt noch keine öffentlichen Kanäle — legen Sie den ersten an.
channel-open-named = #{ $name } öffnen
channel-join-named = #{ $name } beitreten
open = Öffnen
join = Beitreten
members-count = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
message-to = An
group-chat-start = Gruppenchat starten
chat-open = Chat öffnen
new-message-lede = Wählen Sie eine Person für einen Direktchat oder mehrere für einen Gruppenchat. Enter wählt die markierte Person; ein weiteres Enter öffnet den Chat.
need-name = Geben Sie einen Namen ein.
switcher-placeholder = Zu einem Chat oder einer Person springen, oder suchen…
jump-to-label = Springen zu
results = Ergebnisse
switcher-hint = ↑↓ zum Wechseln · Enter zum Öffnen · Esc zum Schließen
nothing-matches = Nichts passt.
chats-none-yet = Noch keine Chats.
search-messages-for = Nachrichten nach „{ $query }“ durchsuchen
search = Suche
chat-kind-direct = Direkt
chat-kind-group = Gruppe

## Chats: der Bereich und Dateien

group-chat = Gruppenchat
direct-chat = Direktchat
files = Dateien
files-more = Weitere Dateien zeigen
files-loading = Dateien werden geladen…
files-none = Hier wurden noch keine Dateien geteilt — hängen Sie eine mit der Büroklammer an oder ziehen Sie sie in den Chat.
about = Info
no-description = Keine Beschreibung.
channel-public = Öffentlicher Kanal
archived = archiviert
unarchive = Aus dem Archiv holen
archive = Archivieren
archive-menu = Archivieren…
archive-question = #{ $name } archivieren?
archive-text = Er wird für alle schreibgeschützt und verschwindet aus der Seitenleiste; Sie können ihn hier später wieder aus dem Archiv holen.
private-members-only = Privat — nur Mitglieder können ihn finden
nothing-changed = Nichts geändert.
saved = Gespeichert.
remove = Entfernen
remove-from-chat = Aus diesem Chat entfernen
remove-question = { $name } entfernen?
remove-text = { $name } sieht hier keine neuen Nachrichten mehr.
remove-text-private = { $name } sieht hier keine neuen Nachrichten mehr und kann nicht zurückkommen, bis jemand die Person wieder hinzufügt.
creator = Ersteller
members-heading = Mitglieder · { $count }
members-hidden = { $count ->
    [one] { $count } weitere Person, die Sie im Verzeichnis nicht sehen.
   *[other] { $count } weitere Personen, die Sie im Verzeichnis nicht sehen.
}
add-people = Personen hinzufügen
add = Hinzufügen
file-kind-image = Bild
file-kind-pdf = PDF
file-kind-video = Video
file-kind-audio = Audio
file-kind-document = Dokument
file-kind-spreadsheet = Tabelle
file-kind-presentation = Präsentation
file-kind-archive = Archiv
file-kind-text = Text
file-kind-file = Datei
file-open-image = Bild { $name } öffnen
file-download = Herunterladen
file-download-named = { $name } herunterladen
file-open-tab = In neuem Tab öffnen
cancelled = Abgebrochen.
files-to-send = Zu sendende Dateien
files-attach = Dateien anhängen
file-image = Bild
file-uploading = { $name } wird hochgeladen
file-cancel-named = { $name } abbrechen
file-pasted-image = Eingefügtes Bild
file-larger-than = Größer als die Grenze von { $limit }.

## Chats: Nachrichten, Eingabefeld und Threads

mention-people = Zu erwähnende Personen
send = Senden
send-title = Senden (Enter)
key-enter = Enter
key-shift-enter = Umschalt+Enter
hint-send = zum Senden
hint-new-line = neue Zeile
hint-edit-last = letzte bearbeiten
hint-format = **fett**  _kursiv_  `Code`  @Erwähnung
composer-wait-uploads = Warten Sie, bis die Dateien hochgeladen sind, oder brechen Sie sie ab.
composer-failed-uploads = Einige Dateien konnten nicht hochgeladen werden; entfernen Sie sie (×) und versuchen Sie es erneut.
composer-too-long = Die Nachricht hat { $length } Zeichen; höchstens { $max } sind möglich. Teilen Sie sie in mehrere Nachrichten auf.
day-label = { $weekday }, { $date }
new-messages = Neue Nachrichten
message-deleted = Diese Nachricht wurde gelöscht
edited = (bearbeitet)
edited-at = Bearbeitet { $time }
sending = Wird gesendet…
retry = Erneut versuchen
edit = Bearbeiten
discard = Verwerfen
not-sent = Nicht gesendet
not-sent-because = Nicht gesendet ({ $error })
last-reply = Letzte Antwort { $time }
last-reply-short = zuletzt { $time }
reply-in-thread = Im Thread antworten
edit-message = Nachricht bearbeiten
delete-message-menu = Nachricht löschen…
message-actions = Aktionen zur Nachricht
more-actions = Weitere Aktionen
more = Mehr
delete-message-question = Diese Nachricht löschen?
delete-message-text-own = Alle im Chat sehen „Diese Nachricht wurde gelöscht“ anstelle Ihrer Nachricht.
delete-message-text = Alle im Chat sehen „Diese Nachricht wurde gelöscht“ anstelle der Nachricht von { $name }.
delete-message-thread = Ihr Thread bleibt, nimmt aber keine neuen Antworten mehr an.
edit-hint = Enter zum Speichern · Esc zum Abbrechen
replies = Antworten
follow = Folgen
following = Sie folgen
follow-title = Folgen, um neue Antworten unter Threads zu sehen
following-title = Sie erhalten die Antworten dieses Threads unter Threads. Klicken, um nicht mehr zu folgen.
thread = Thread
thread-in = in { $where }
thread-unavailable = Dieser Thread ist nicht verfügbar: Seine Nachricht ist weg, oder Sie haben den Chat verlassen.
replies-count = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
replies-none = Noch keine Antworten
thread-root-deleted = Diese Nachricht wurde gelöscht; ihr Thread nimmt keine neuen Antworten an.
reply-placeholder = Antworten…
threads-sub = Threads, denen Sie folgen, die neueste Antwort zuerst
threads-none = Noch keine Threads
threads-none-text = Antworten Sie auf eine Nachricht, oder öffnen Sie ihren Thread und klicken Sie auf Folgen: Neue Antworten erscheinen dann hier.
a-chat = einem Chat
thread-card-label = { $unread ->
    [0] Thread von { $name } in { $where }
   *[other] Thread von { $name } in { $where }, { $unread } ungelesen
}
new-count = { $count } neu
messages = Nachrichten
composer-busy = Senden oder leeren Sie zuerst, was im Eingabefeld steht.
loading-messages = Nachrichten werden geladen
loading-ellipsis = Wird geladen…
archived-title = Archiviert
members-show-details = { $count ->
    [one] { $count } Mitglied — Details zeigen
   *[other] { $count } Mitglieder — Details zeigen
}
members-and-details = Mitglieder und Details
unpin-from-sidebar = Von der Seitenleiste lösen
pin-to-sidebar = Oben in der Seitenleiste anheften
pin = Anheften
removed-from-chat = Sie wurden aus diesem Chat entfernt. Sein Verlauf bleibt hier, bis Sie die Seite verlassen.
chat-not-found = Chat nicht gefunden
chat-unavailable = Dieser Chat ist nicht verfügbar
chat-unavailable-text = Es gibt ihn nicht, oder Sie sind kein Mitglied. Bitten Sie jemanden darin, Sie hinzuzufügen.
back-to-chats = Zurück zu den Chats
join-prompt = { $count ->
    [one] { $count } Mitglied. Treten Sie bei, um hier zu lesen und zu schreiben.
   *[other] { $count } Mitglieder. Treten Sie bei, um hier zu lesen und zu schreiben.
}
channel-welcome = Willkommen in #{ $name }
channel-beginning = Dies ist der allererste Anfang von #{ $name }.
direct-beginning = Dies ist der Anfang Ihres Direktchats mit { $name }.
group-beginning = Dies ist der Anfang dieses Gruppenchats.
no-messages-yet = Noch keine Nachrichten — sagen Sie unten Hallo.
channel-archived-notice = #{ $name } ist archiviert: Sie können lesen, aber niemand kann hier schreiben.
message-channel = Nachricht an #{ $name }
message-chat = Nachricht an { $name }
typing-one = { $name } schreibt…
typing-two = { $first } und { $second } schreiben…
typing-several = Mehrere Personen schreiben…
home-welcome = Willkommen, { $name }
home-pick = Wählen Sie links eine Unterhaltung oder beginnen Sie eine neue.
home-hint-jump = springt zu jedem Chat und jeder Person
home-hint-move = wechselt zwischen Chats
key-alt-arrows = Alt ↑↓
home-alone = Bisher sind nur Sie hier. Laden Sie Ihre Kollegen ein: Sie erhalten eine E-Mail mit einem Link zum Beitreten.
home-invited = Sie erscheinen unter Personen, sobald sie beitreten.
invite-your-team = Ihr Team einladen

## Suche

a-chat-capital = Ein Chat
search-placeholder = Nachrichten, Personen, Kanäle und Dateien suchen
search-in-chat = Im Chat
search-in-any-chat = In allen Chats
search-from = Von
search-from-anyone = Von allen
search-from-me = Von mir
search-from-person = Von { $name }
search-from-this-person = Von dieser Person
search-after = Nach
search-before = Vor
search-has-file = Mit Datei
search-start = Geben Sie ein Wort ein, um alle Ihre Chats zu durchsuchen. Verwenden Sie "Anführungszeichen" für eine Wortgruppe.
search-no-messages = Keine Nachricht passt. Versuchen Sie eine andere Wortform, weniger Wörter oder andere Filter.
search-more = Weitere Ergebnisse
search-hit-in = in { $where }
search-hit-in-thread = in { $where } (Thread)
search-you-are-in = Sie sind Mitglied
edit-empty = Eine Nachricht kann nicht leer sein; löschen Sie sie stattdessen.
someone = jemand

## Presence, reactions and notifications

presence-online = Online
presence-away = Abwesend
presence-offline = Offline
presence-dnd = Nicht stören
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
