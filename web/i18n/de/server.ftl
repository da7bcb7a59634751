# Texte des Servers: Fehlermeldungen und E-Mails. Der Fehlercode (`code`) bleibt englisch.

## Warten

rate-limited = Zu viele Versuche. Warten Sie { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
} und versuchen Sie es erneut.
rate-limited-minutes = Zu viele Versuche. Warten Sie { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} und versuchen Sie es erneut.
rate-limited-hours = Zu viele Versuche. Warten Sie { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
} und versuchen Sie es erneut.

## Allgemeine Antworten

not-found = { $what } nicht gefunden, oder Sie dürfen es nicht sehen.
unauthorized = Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.
csrf-missing = Der Anfrage fehlt der Header X-CSRF-Token (oder er ist veraltet). Laden Sie die Seite neu und versuchen Sie es erneut.
internal = Auf dem Server ist etwas schiefgegangen. Die Einzelheiten stehen im Serverprotokoll; versuchen Sie es erneut.
forbidden = Das dürfen Sie nicht.

## Was nicht gefunden werden kann (für not-found)

thing-person = Person
thing-chat = Chat
thing-message = Nachricht
thing-invitation = Einladung
thing-department = Abteilung
thing-folder = Ordner
thing-member = Mitglied
thing-item = Eintrag

## Felder

field-first-name = Vorname
field-last-name = Nachname
field-company-name = Firmenname
field-department-name = Abteilungsname
field-channel-name = Kanalname
field-folder-name = Ordnername
field-title = Position
field-phone = Telefon
field-description = Beschreibung

## Prüfung der Eingaben

email-missing = Die E-Mail-Adresse fehlt.
email-invalid = „{ $email }“ ist keine gültige E-Mail-Adresse: { $why }.
email-too-long = sie ist länger als 254 Zeichen
email-no-at = ihr fehlt das @
email-local-length = der Teil vor dem @ muss 1 bis 64 Zeichen lang sein
email-two-ats = sie enthält mehr als ein @
email-domain-shape = nach dem @ muss eine Domain wie example.com stehen
email-domain-chars = die Domain enthält Zeichen, die eine Domain nicht haben kann
email-dots = Punkte dürfen vor dem @ nicht am Anfang oder Ende stehen oder sich wiederholen
email-local-chars = der Teil vor dem @ enthält Zeichen, die eine Adresse nicht haben kann
name-empty = „{ $field }“ darf nicht leer sein.
name-too-long = „{ $field }“ darf höchstens { $max } Zeichen lang sein.
name-control = „{ $field }“ darf keine Steuerzeichen oder Zeilenumbrüche enthalten.
name-invisible = „{ $field }“ besteht nur aus unsichtbaren Zeichen; geben Sie einen lesbaren Namen ein.
name-direction-control = „{ $field }“ enthält das unsichtbare Richtungszeichen { $char }, das Text rückwärts erscheinen lassen kann; entfernen Sie es.
phone-invalid = Eine Telefonnummer darf nur Ziffern, Leerzeichen und + - ( ) . / enthalten.
description-too-long = Die Beschreibung darf höchstens { $max } Zeichen lang sein.
description-control = Die Beschreibung enthält Steuerzeichen.
password-too-short = Das Passwort muss mindestens { $min } Zeichen haben.
password-too-long = Das Passwort darf höchstens { $max } Zeichen haben.
body-empty = Die Nachricht ist leer.
body-invisible = Die Nachricht besteht nur aus unsichtbaren Zeichen.
body-too-long = Die Nachricht hat { $length } Zeichen; erlaubt sind höchstens { $max }. Teilen Sie sie in mehrere Nachrichten auf.
body-control = Die Nachricht enthält Steuerzeichen.
client-id-invalid = client_id muss aus 1 bis 64 Buchstaben, Ziffern, - oder _ bestehen (zum Beispiel eine UUID).

## Bots for business processes: configuring a bot

bot-what-name = Der Name des Bots
bot-what-label = Die Bezeichnung eines Felds
bot-what-option = Eine Auswahl
bot-what-help = Der Hinweis eines Felds
bot-what-icon = Das Symbol
bot-what-description = Die Beschreibung
bot-what-step-name = Der Name eines Schritts
bot-what-action = Die Beschriftung der Ausführen-Schaltfläche
bot-text-required = { $what } ist erforderlich.
bot-text-too-long = { $what } darf höchstens { $max } Zeichen haben, in einer Zeile.
bot-field-key = Der Feldschlüssel „{ $key }“ muss mit einem Kleinbuchstaben beginnen und darf nur Kleinbuchstaben, Ziffern und _ enthalten (höchstens 40).
bot-field-duplicate = Zwei Felder haben den Schlüssel „{ $key }“; jedes Feld braucht seinen eigenen.
bot-field-type = „{ $kind }“ ist kein Feldtyp. Verwenden Sie text, long_text, number, money, date, date_range, person, department, choice, multi_choice, checkbox oder file.
bot-field-options = { $field }: Ein Auswahlfeld braucht 1 bis 100 Auswahlmöglichkeiten.
bot-field-limits = { $field }: Der kleinste erlaubte Wert ist größer als der größte.
bot-field-currency = { $field }: Eine feste Währung sind drei Großbuchstaben (ISO 4217), und nur bei Geldfeldern.
bot-too-many-fields = Ein Formular hat höchstens { $max } Felder.
bot-too-many-steps = Ein Ablauf hat höchstens { $max } Schritte.
bot-route-empty = Ein Bot braucht mindestens einen Genehmigungsschritt.
bot-step-kind = Schritt { $step }: Die Art muss people, department_head, head_of oder role sein.
bot-step-people = Schritt { $step }: höchstens 100 Personen.
bot-step-department = Schritt { $step }: Wählen Sie die Abteilung, deren Leitung entscheidet.
bot-step-role = Schritt { $step }: Wählen Sie die Rolle (owner, admin, integrator, employee oder freelancer).
bot-condition-field = Schritt { $step }: Eine Bedingung muss ein Zahl- oder Geldfeld des Formulars nennen.
bot-condition-op = Schritt { $step }: Eine Bedingung vergleicht mit >, >=, <, <= oder =.
bot-condition-value = Schritt { $step }: Der Wert der Bedingung muss eine ganze Zahl sein, oder Geld mit amount_minor und currency.
bot-remind-hours = Erinnerungen kommen nach 1 bis 720 Stunden.
bot-unknown-person = Jemand, der im Ablauf, im Ausführungsschritt oder unter den Beobachtern steht, ist kein Mitglied, das Sie sehen können.
bot-unknown-department = Eine im Ablauf genannte Abteilung gibt es nicht.
bot-account-title = Bot

## Bots: filling in a form

field-required = { $field } ist erforderlich.
field-text = { $field } muss Text sein (ein kurzes Textfeld hat eine Zeile).
field-too-long = { $field } darf höchstens { $max } Zeichen haben.
field-too-short = { $field } braucht mindestens { $min } Zeichen.
field-number = { $field } muss eine ganze Zahl sein.
field-below-min = { $field } muss mindestens { $min } sein.
field-above-max = { $field } darf höchstens { $max } sein.
field-money = { $field } muss ein Geldbetrag sein: amount_minor (ganze Cent) und eine Währung aus drei Buchstaben.
field-currency = { $field } muss in { $currency } sein.
field-date = { $field } muss ein Datum der Form JJJJ-MM-TT sein.
field-date-range = { $field } muss ein Zeitraum mit from und to sein, beide JJJJ-MM-TT.
field-date-order = { $field }: Der Zeitraum endet, bevor er beginnt.
field-person = { $field } muss ein aktives Mitglied des Arbeitsbereichs sein.
field-department = { $field } muss eine Abteilung sein.
field-choice = { $field }: Wählen Sie aus den angebotenen Möglichkeiten.
field-checkbox = { $field } muss angekreuzt sein oder nicht (true oder false).
field-file = { $field } muss ein Dokument mit Namen und SHA-256 sein.
field-file-upload = { $field }: Diese Datei können Sie nicht anhängen – sie gehört jemand anderem oder wurde schon verschickt. Hängen Sie die Datei erneut an.
field-unknown = Das Formular hat kein Feld „{ $field }“.
vacation-self-substitute = Sie können nicht Ihre eigene Vertretung sein.

## Bots: requests

request-reason-required = Nennen Sie den Grund (zum Ablehnen oder Zurückgeben ist ein Kommentar nötig).
request-comment-too-long = Ein Kommentar darf höchstens { $max } Zeichen haben.
request-sign-password = Zum Unterschreiben brauchen Sie Ihr Passwort.
request-wrong-password = Das ist nicht Ihr Passwort; das Dokument wurde nicht unterschrieben.
requests-bad-query = Der Listenparameter { $what } ist ungültig.
request-state = Dieser Antrag ist jetzt { $state }; das geht nicht mehr.
request-state-waiting = wartend
request-state-approved = genehmigt
request-state-done = erledigt
request-state-rejected = abgelehnt
request-state-returned = zur Überarbeitung zurückgegeben
request-state-withdrawn = zurückgezogen
request-not-returned = Nur ein zur Überarbeitung zurückgegebener Antrag kann geändert und erneut gesendet werden.
request-not-yours = Das kann nur die Person, die den Antrag gestellt hat.
request-not-executor = Diesen Antrag führt jemand anderes aus.
request-not-your-step = Dieser Schritt wartet auf die Entscheidung eines anderen.
request-mention = Sie können nur Beteiligte dieses Antrags erwähnen (als Freelancer: Personen, mit denen Sie einen Direktchat haben).
bots-denied-configure = Nur der Inhaber, Administratoren und Integratoren richten Bots ein.
bots-denied-create = Sie können keine Anträge an Bots stellen.
bots-denied-all = Nur der Inhaber und Administratoren sehen alle Anträge.
bots-denied-accounts = Nur der Inhaber, Administratoren und Integratoren verwalten Bot-Konten.
bots-denied-integrations = Nur der Inhaber, Administratoren und Integratoren richten Integrationen ein.
hooks-channel-archived = Dieser Kanal ist archiviert; er nimmt keine Integrationen an.

## Bots: what a bot says in its chats

summary-invoice = { $amount } an { $payee }, fällig am { $due }
summary-vacation = { $kind }, { $period }
summary-pass = { $visitor }, { $date }
summary-signing = { $document }
bot-submitted = Ihr Antrag { $about } ist unterwegs.
bot-asks = { $requester } bittet Sie um Genehmigung: { $about }
bot-asks-substitute = { $requester } bittet um Genehmigung, und Sie vertreten eine abwesende genehmigende Person: { $about }
bot-step-approved = { $by } hat { $about } genehmigt; es geht zum nächsten Schritt.
bot-approved = Genehmigt: { $about }
bot-execute = Der Antrag von { $requester } ist genehmigt; bitte führen Sie ihn aus: { $about }
bot-done = { $by } hat { $about } ausgeführt.
bot-rejected = { $by } hat { $about } abgelehnt. Grund: { $reason }
bot-returned = { $by } hat { $about } zur Überarbeitung zurückgegeben: { $reason }
bot-outcome = { $about } ist { $state }.
bot-reminder = Wartet noch auf Ihre Entscheidung ({ $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}): { $about }

## The built-in bots (their words at setup, in the workspace's language; editable later)

builtin-invoice = Rechnung bezahlen
builtin-invoice-about = Bitten Sie um die Bezahlung einer Rechnung: Ihre Abteilungsleitung genehmigt, dann die Buchhaltung, die sie als bezahlt markiert.
builtin-vacation = Urlaubsantrag
builtin-vacation-about = Beantragen Sie Urlaub; Ihre Abteilungsleitung genehmigt. Ihre Vertretung übernimmt Ihre Genehmigungen, solange Sie fort sind.
builtin-signing = Dokument unterschreiben
builtin-signing-about = Ein Dokument, das die genannten Personen unterschreiben, jede bestätigt mit ihrem Passwort. Legen Sie vor der Nutzung die Unterzeichnenden fest.
builtin-pass = Besucherausweis
builtin-pass-about = Ein Ausweis für Besuch; Büro oder Sicherheitsdienst genehmigen, und der Ausweis bekommt einen Code für den Empfang.
builtin-custom = Neuer Bot
builtin-custom-about = Ein eigener Bot.
builtin-field-payee = Zahlungsempfänger
builtin-field-amount = Betrag
builtin-field-due-date = Fällig am
builtin-field-invoice-file = Rechnung
builtin-field-description = Beschreibung
builtin-field-reference = Zahlungsreferenz
builtin-field-paid-on = Bezahlt am
builtin-field-period = Zeitraum
builtin-field-vacation-kind = Art
builtin-field-substitute = Vertretung
builtin-field-note = Notiz
builtin-field-document = Dokument
builtin-field-visitor = Name des Besuchs
builtin-field-company = Firma
builtin-field-date = Datum
builtin-field-from-time = Von (Uhrzeit)
builtin-field-to-time = Bis (Uhrzeit)
builtin-field-host = Gastgeber
builtin-field-car-plate = Kennzeichen
builtin-vacation-paid = Bezahlter Urlaub
builtin-vacation-unpaid = Unbezahlter Urlaub
builtin-vacation-sick = Krankmeldung
builtin-vacation-other = Sonstiges
builtin-step-head = Abteilungsleitung
builtin-step-finance = Buchhaltung
builtin-step-signers = Unterzeichnende
builtin-step-security = Büro oder Sicherheitsdienst
builtin-mark-paid = Als bezahlt markieren

## Entry passes: the front-desk page

pass-title = Besucherausweis
pass-valid = Heute gültig.
pass-expired = Ungültig: Dieser Ausweis galt für den { $date }.
pass-not-yet = Noch nicht gültig: Dieser Ausweis gilt für den { $date }.
pass-revoked = Ungültig: Dieser Ausweis wurde zurückgezogen oder ist nicht genehmigt.
pass-unknown = Es gibt keinen Ausweis mit diesem Code.
pass-visitor = Besuch
pass-company = Firma
pass-date = Datum
pass-window = Uhrzeit
pass-car = Kennzeichen

## Integrations: bot accounts and webhooks

field-bot-name = Der Name
bot-token-invalid = Dieses API-Token ist ungültig (es wurde vielleicht widerrufen oder ersetzt). Fordern Sie ein neues an.
hook-url-invalid = Die Webhook-Adresse muss eine vollständige https://-Adresse sein.
hook-url-plain-http = Die Webhook-Adresse muss https:// verwenden (einfaches http nur mit allow_private_targets).
hook-url-private = Die Webhook-Adresse liegt auf diesem Rechner oder in einem privaten Netz; das ist nur mit allow_private_targets erlaubt.
hook-trigger-invalid = Ein Auslösewort ist ein Wort mit höchstens 32 Zeichen.
hook-trigger-taken = Dieser Kanal hat schon einen ausgehenden Webhook für „{ $trigger }“.
hook-failed = Der ausgehende Webhook „{ $name }“ hat nach { $attempts ->
    [one] { $attempts } Versuch
   *[other] { $attempts } Versuchen
} aufgegeben: { $why }

## Rollen (für die Meldungen unten)

role-owner = Inhaber
role-admin = Administrator
role-integrator = Integrator
role-employee = Mitarbeiter
role-freelancer = Freelancer

## Anfragen, die der Server nicht lesen kann

nothing-here = Unter dieser Adresse gibt es nichts.
no-api-route = Die API hat keine Route { $path }.
only-get = Diese Adresse beantwortet nur GET.
method-not-allowed = Diese Adresse nimmt diese Methode nicht an.
payload-too-large = Der Inhalt der Anfrage ist zu groß.
bad-request = Die Anfrage war nicht verständlich.
body-too-large = Der Inhalt der Anfrage ist größer als die Grenze von { $limit } Bytes.
body-not-json = Senden Sie den Inhalt als JSON mit dem Header Content-Type: application/json.
body-wrong-field = Der Inhalt der Anfrage hat ein falsches Feld: { $detail }.
body-invalid-json = Der Inhalt der Anfrage ist kein gültiges JSON: { $detail }.
body-unreadable = Der Inhalt der Anfrage konnte nicht gelesen werden: { $detail }.
query-invalid = Die Abfragezeichenkette ist ungültig: { $detail }.
query-date-invalid = { $name } muss ein Datum wie 2026-11-23 sein (oder eine vollständige Zeit nach RFC 3339).
cursor-invalid = Dieser Cursor stammt nicht von diesem Server; beginnen Sie mit der ersten Seite.
date-invalid = „{ $value }“ ist kein Datum; schreiben Sie es wie 2026-12-31 oder 2026-12-31T18:00:00Z.
color-invalid = „{ $value }“ ist keine Farbe; schreiben Sie # und sechs Hexadezimalziffern, z. B. #0f766e.
language-invalid = Die Sprache muss en, ru, de oder es sein.
audit-action-invalid = „{ $value }“ ist keine Aktion des Protokolls; GET /api/audit/actions listet sie auf.
not-websocket = Diese Adresse öffnet einen WebSocket: { $detail }.
bad-origin = Live-Aktualisierungen funktionieren nur von der Bivouac-Seite selbst (der Origin passt nicht zu base_url).
metrics-forbidden = Die Metriken sind vom Server selbst lesbar oder mit Authorization: Bearer <metrics_token>.

## Der Zustand des Servers

shutting-down = Der Server fährt herunter; versuchen Sie es gleich noch einmal.
shutting-down-reconnect = Der Server fährt herunter; verbinden Sie sich gleich neu.
busy-passwords = Der Server ist mit dem Prüfen von Passwörtern beschäftigt. Versuchen Sie es gleich noch einmal.
not-ready = Die Datendatei ist ausgefallen; der Server startet neu.
store-failed = Der Server kann nicht in seine Datendatei schreiben ({ $detail }); er startet neu.
disk-almost-full = Der Datenträger des Servers ist fast voll ({ $free } frei, unter dem Minimum von { $minimum }), daher sind Änderungen angehalten. Lesen geht weiterhin; bitten Sie den Administrator, Platz zu schaffen.
disk-no-room = Auf dem Datenträger des Servers ist kein Platz für diese Datei; ein Administrator muss Platz schaffen, bevor weitere Dateien geteilt werden können.
search-rebuilding = Die Suche wird aus der Datendatei neu aufgebaut und ist in einer Minute zurück; versuchen Sie es dann.

## Anmeldung und Sitzungen

session-ended = Ihre Sitzung ist beendet. Melden Sie sich erneut an.
invalid-credentials = E-Mail-Adresse oder Passwort falsch.
setup-done = Dieser Arbeitsbereich ist bereits eingerichtet. Melden Sie sich stattdessen an.
setup-token-invalid = Dieser Einrichtungslink ist ungültig. Verwenden Sie den neuesten Link, den der Server beim Start ausgegeben hat (er steht auch in setup-link.txt im Datenverzeichnis).
wrong-current-password = Ihr aktuelles Passwort stimmt nicht. Geben Sie das Passwort ein, mit dem Sie sich angemeldet haben.
access-ended = Ihr Zugang endete am { $date }. Wenden Sie sich an einen Administrator, wenn Sie ihn wieder brauchen.
account-deactivated = Ihr Konto wurde deaktiviert. Wenden Sie sich an einen Administrator Ihres Arbeitsbereichs.
ended-role-changed-by = { $name } hat Ihre Rolle geändert – melden Sie sich erneut an.
ended-role-changed = Ihre Rolle wurde geändert – melden Sie sich erneut an.
ended-deactivated-by = { $name } hat Ihr Konto deaktiviert. Wenden Sie sich an einen Administrator, wenn Sie wieder Zugang brauchen.
ended-deactivated = Ihr Konto wurde deaktiviert. Wenden Sie sich an einen Administrator, wenn Sie wieder Zugang brauchen.
ended-deleted-by = { $name } hat Ihr Konto entfernt.
ended-deleted = Ihr Konto wurde entfernt.
ended-password-changed = Ihr Passwort wurde in einer anderen Sitzung geändert – melden Sie sich mit dem neuen Passwort erneut an.
ended-password-reset = Ihr Passwort wurde über einen Link per E-Mail zurückgesetzt – melden Sie sich mit dem neuen Passwort erneut an.
reset-requested = Wenn diese Adresse zu einem Konto gehört, ist ein Link zum Zurücksetzen des Passworts unterwegs.
reset-invalid = Dieser Link zum Zurücksetzen des Passworts gilt nicht mehr (er funktioniert einmal, eine Stunde lang). Fordern Sie einen neuen an.

## Was eine Rolle nicht darf

deny-see-mail = Sie dürfen die E-Mail-Einstellungen nicht sehen.
deny-manage-mail = Sie dürfen die E-Mail-Einstellungen nicht verwalten.
deny-edit-card = Sie dürfen die Karte dieser Person nicht bearbeiten.
deny-person-departments = Sie dürfen die Abteilungen dieser Person nicht ändern.
deny-change-role = Sie dürfen die Rolle von { $name } nicht ändern.
deny-give-role = Sie dürfen niemandem die Rolle „{ $role }“ geben.
deny-deactivate = Sie dürfen { $name } nicht deaktivieren oder löschen.
deny-access-end = Sie dürfen für { $name } kein Zugangsende festlegen.
deny-transfer-ownership = Nur ein Inhaber kann die Inhaberschaft übertragen.
deny-departments = Sie dürfen Abteilungen nicht ändern.
deny-audit = Sie dürfen das Protokoll nicht lesen.
deny-invite = Sie dürfen keine Personen mit der Rolle „{ $role }“ einladen.
deny-see-invitations = Sie dürfen Einladungen nicht sehen.
deny-workspace = Nur ein Inhaber kann Namen, Farbe oder Sprache der Firma ändern.
deny-create-channels = Sie dürfen keine Kanäle erstellen.
deny-browse-channels = Sie dürfen die Kanäle nicht durchsuchen.
deny-manage-channel = Sie dürfen diesen Kanal nicht verwalten (das können sein Ersteller und Administratoren).
deny-add-members = Sie dürfen niemanden zu diesem Kanal hinzufügen (das können sein Ersteller und Administratoren).
deny-remove-members = Sie dürfen niemanden aus diesem Chat entfernen (das können sein Ersteller und Administratoren; verlassen darf ihn jeder).
deny-edit-message = Sie können die Nachricht eines anderen nicht bearbeiten.
deny-delete-message = Sie können die Nachricht eines anderen nicht löschen.
deny-department-folders = Nur der Inhaber und Administratoren legen Abteilungsordner an.

## Personen, Abteilungen und Einladungen

cannot-act-on-self = Sie können Ihr eigenes Konto nicht deaktivieren oder löschen; bitten Sie einen anderen Administrator.
invalid-new-owner = Die Inhaberschaft kann nur an ein anderes aktives Mitglied des Arbeitsbereichs gehen.
access-end-not-applicable = Nur Integratoren und Freelancer können ein Zugangsende haben.
access-until-past = Das Zugangsende muss in der Zukunft liegen.
last-owner = Dies ist der letzte Inhaber des Arbeitsbereichs. Übertragen Sie die Inhaberschaft zuerst an jemand anderen.
email-taken = { $email } gehört bereits { $name }.
email-has-account = { $email } hat bereits ein Konto ({ $name }).
role-missing = Die Rolle fehlt; wählen Sie owner, admin, integrator, employee oder freelancer.
role-invalid = „{ $value }“ ist keine Rolle; wählen Sie owner, admin, integrator, employee oder freelancer.
unknown-department = Diese Abteilung gibt es nicht.
parent-department-missing = Die übergeordnete Abteilung gibt es nicht.
new-parent-department-missing = Die neue übergeordnete Abteilung gibt es nicht.
department-exists = Dort gibt es bereits eine Abteilung namens { $name }.
department-cycle = Eine Abteilung kann nicht unter sich selbst oder eine ihrer Unterabteilungen verschoben werden.
department-has-children = { $name } hat { $count ->
    [one] { $count } Unterabteilung
   *[other] { $count } Unterabteilungen
}; verschieben oder löschen Sie diese zuerst.
department-has-members = { $count ->
    [one] { $count } Person gehört
   *[other] { $count } Personen gehören
} zu { $name }; verschieben Sie sie zuerst in eine andere Abteilung.
not-yet-joined-terms = Diese Person hat ihre Einladung noch nicht angenommen, und die Einladung nennt ihre Rolle und ihren Zugang. Widerrufen Sie sie und laden Sie die Person mit den neuen Bedingungen erneut ein.
not-yet-joined-revoke = Diese Person hat ihre Einladung noch nicht angenommen; widerrufen Sie stattdessen die Einladung.
invitation-pending = { $email } hat bereits eine offene Einladung (gültig bis { $date }). Senden Sie sie stattdessen aus der Liste der Einladungen erneut.
invitation-already-accepted = Diese Einladung wurde bereits angenommen.
invitation-was-revoked = Diese Einladung wurde widerrufen; laden Sie die Person erneut ein.
invitation-expired-resend = Diese Einladung ist abgelaufen; senden Sie sie erneut, um einen neuen Link zu erzeugen.
invitation-mailed = Diese Einladung wurde bereits an den Mailserver übergeben, daher steht ihr Link nur in der E-Mail. Senden Sie sie erneut, um einen neuen Link zu erzeugen.
invitation-link-gone = Der Link dieser Einladung kann nicht mehr angezeigt werden; senden Sie sie erneut, um einen neuen zu erzeugen.
invitation-link-invalid = Dieser Einladungslink ist ungültig. Bitten Sie die Person, die Sie eingeladen hat, einen neuen zu senden.
invitation-link-replaced = Dieser Link wurde durch eine neuere Einladungs-E-Mail ersetzt (vielleicht an eine korrigierte Adresse). Verwenden Sie die neueste E-Mail oder wenden Sie sich an { $inviter }.
invitation-used = Diese Einladung wurde bereits verwendet. Melden Sie sich stattdessen mit Ihrer E-Mail-Adresse und Ihrem Passwort an.
invitation-withdrawn = Diese Einladung wurde zurückgezogen. Wenden Sie sich an { $inviter }, wenn Sie noch Zugang brauchen.
invitation-expired-on = Diese Einladung ist am { $date } abgelaufen. Bitten Sie { $inviter }, eine neue zu senden.
invitation-mismatch = Diese Einladung passt nicht mehr zu ihrem Konto. Fordern Sie eine neue an.
invitation-access-ended = Der Zugang, den diese Einladung bot, ist bereits beendet. Fordern Sie eine neue Einladung an.
your-administrator = Ihren Administrator

## Kanäle, Chats und Nachrichten

channel-archived-join = Dieser Kanal ist archiviert; man kann ihm nicht mehr beitreten.
channel-archived-read-only = Dieser Kanal ist archiviert; er kann nur gelesen werden.
channel-archived-members = Dieser Kanal ist archiviert; holen Sie ihn aus dem Archiv, um seine Mitglieder zu ändern.
channel-archived-add = Dieser Kanal ist archiviert; holen Sie ihn aus dem Archiv, um Personen hinzuzufügen.
channel-name-taken = Ein Kanal namens „{ $name }“ existiert bereits; wählen Sie einen anderen Namen.
direct-chat-leave = Einen Direktchat können Sie nicht verlassen; blenden Sie ihn stattdessen in der Seitenleiste aus.
direct-chat-two = Ein Direktchat hat immer genau seine zwei Personen.
person-inactive = { $name } ist kein aktives Mitglied, daher können Sie nicht mit dieser Person chatten.
mention-not-member = { $name } ist nicht in dieser Unterhaltung, daher können Sie diese Person hier nicht erwähnen.
mention-not-allowed = Sie können nur Personen erwähnen, die Sie im Verzeichnis sehen (ein Freelancer: Personen, mit denen er einen Direktchat hat).
group-too-large = Ein Gruppenchat hat höchstens { $max } Personen; erstellen Sie stattdessen einen Kanal.
no-people = Wählen Sie mindestens eine andere Person für den Chat.
not-a-channel = Nur Kanäle haben einen Namen, eine Sichtbarkeit und ein Archiv; dies ist ein Chat.
thread-root-invalid = thread_root muss eine Nachricht dieses Chats sein, die selbst keine Antwort ist.
thread-root-deleted = Diese Nachricht wurde gelöscht; ihr Thread ist geschlossen.
thread-root-is-reply = Diese Nachricht ist eine Antwort, nicht der Anfang eines Threads.
thread-follow-reply = Diese Nachricht ist eine Antwort; folgen Sie dem Thread, zu dem sie gehört.
read-message-invalid = message_id muss eine Nachricht dieses Chats sein (keine Antwort in einem Thread).
read-reply-invalid = message_id muss eine Antwort in diesem Thread sein.
message-deleted = Diese Nachricht wurde gelöscht; sie kann nicht bearbeitet werden.
message-gone = Diese Nachricht wurde gelöscht.
read-not-in-chat = Die Lesemarke muss eine Nachricht dieses Chats sein (keine Antwort in einem Thread).
time-rfc3339 = Eine Zeit muss in RFC 3339 geschrieben sein, etwa 2026-12-12T18:00:00Z.
too-many-files = Eine Nachricht trägt höchstens { $max ->
    [one] { $max } Datei
   *[other] { $max } Dateien
}.
file-missing = Eine der Dateien gibt es nicht (mehr); laden Sie sie erneut hoch.
file-not-yours = Eine der Dateien wurde nicht von Ihnen hochgeladen; laden Sie sie erneut hoch und senden Sie die Nachricht noch einmal.
file-already-sent = Eine der Dateien wurde bereits mit einer anderen Nachricht gesendet; laden Sie sie erneut hoch, um sie noch einmal zu senden.
file-too-large = Die Datei ist größer als die Grenze von { $limit }; teilen Sie eine kleinere Datei oder bitten Sie einen Administrator, max_upload zu erhöhen.
upload-missing-name = Senden Sie den Dateinamen als ?name=... (oder laden Sie als multipart/form-data hoch).
upload-broke-off = Das Hochladen brach ab: { $detail }.
multipart-invalid = Der Multipart-Inhalt ist ungültig: { $detail }.
multipart-no-file = Der Multipart-Inhalt hat keinen Dateiteil (einen Teil mit Dateinamen).
search-too-long = Die Suche ist zu lang; verwenden Sie höchstens { $max } Zeichen.
search-has-invalid = has= nimmt nur file an.

## Seitenleiste: Anheften und Ordner

duplicate-chats = Die Liste nennt einen Chat mehr als einmal.
duplicate-people = Die Liste nennt eine Person mehr als einmal.
too-many-pinned-chats = Höchstens { $max } Chats können angeheftet werden.
too-many-pinned-people = Höchstens { $max } Personen können angeheftet werden.
too-many-folders = Sie haben bereits { $max } Ordner, mehr geht nicht.
too-many-folder-items = Ein Ordner fasst höchstens { $max } Chats.
folder-exists = Sie haben bereits einen Ordner namens „{ $name }“.
department-folder-exists = Diese Abteilung hat bereits einen Ordner namens „{ $name }“.
not-a-department-folder = Nur Abteilungsordner können ausgeblendet werden; löschen Sie stattdessen Ihren eigenen Ordner.
invalid-position = position muss zwischen 0 und { $max } liegen.
department-folder-fixed = Ein Abteilungsordner wird von Administratoren festgelegt; Sie können ihn einklappen oder ausblenden.
department-folder-hide-only = Ein Abteilungsordner wird von Administratoren festgelegt; Sie können ihn ausblenden.
folders-changed = Die Liste der Ordner passt nicht zu Ihren aktuellen Ordnern (vielleicht wurden sie in einem anderen Tab geändert); laden Sie neu und versuchen Sie es erneut.

## E-Mails

mail-your-team = Ihr Team
mail-hello = Hallo { $name },
mail-paste-link = Oder fügen Sie diesen Link in Ihren Browser ein: { $link }
mail-invitation-subject = { $inviter } lädt Sie zu Bivouac ein ({ $company })
mail-invitation-lead = { $inviter } lädt Sie ein, { $company } auf Bivouac beizutreten. Ihre Rolle: { $role }.
mail-invitation-how = Öffnen Sie den Link unten, um Ihr Passwort festzulegen und sich anzumelden.
mail-invitation-until = Der Link funktioniert einmal, bis { $expires }. Wenn er abgelaufen ist, bitten Sie { $inviter }, einen neuen zu senden.
mail-invitation-button = Einladung annehmen
mail-reset-subject = Bivouac-Passwort zurücksetzen ({ $company })
mail-reset-lead = Jemand hat das Zurücksetzen Ihres Passworts für { $company } auf Bivouac angefordert.
mail-reset-how = Öffnen Sie den Link unten innerhalb einer Stunde, um ein neues Passwort zu wählen. Er funktioniert einmal. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt, wie es ist.
mail-reset-button = Neues Passwort wählen
mail-test-subject = Test-E-Mail von Bivouac
mail-test-body = Dies ist eine Test-E-Mail von Bivouac unter { $url }. E-Mail funktioniert.
mail-test-accepted = Der SMTP-Server hat die E-Mail angenommen: { $answer }

## Namen, die der Server vergibt

general-description = Die ganze Firma: Neuigkeiten und Fragen für alle.
chat-just-you = Nur Sie
chat-more = { $count } weitere

## Die Aktionen des Protokolls

audit-role-changed = Rolle geändert
audit-departments-changed = Abteilungen geändert
audit-access-end-set = Zugangsende festgelegt
audit-access-ended = Zugang beendet
audit-deactivated = Deaktiviert
audit-reactivated = Reaktiviert
audit-deleted = Gelöscht
audit-card-edited = Karte bearbeitet
audit-ownership-transferred = Inhaberschaft übertragen
audit-department-created = Abteilung erstellt
audit-department-changed = Abteilung geändert
audit-department-deleted = Abteilung gelöscht
audit-invited = Eingeladen
audit-invitation-resent = Einladung erneut gesendet
audit-invitation-revoked = Einladung widerrufen
audit-invitation-email-corrected = E-Mail-Adresse der Einladung korrigiert
audit-invitation-accepted = Einladung angenommen
audit-password-reset = Passwort zurückgesetzt
audit-password-changed = Passwort geändert
audit-workspace-changed = Firmeneinstellungen geändert
audit-invitation-link-copied = Einladungslink kopiert
audit-the-workspace = Der Arbeitsbereich
audit-other = Sonstiges

## Die Seite selbst (bevor ihr Skript läuft)

page-loading = Wird geladen
page-needs-javascript = Bivouac braucht aktiviertes JavaScript.

## Reactions, status and notifications

field-reaction = Die Reaktion
field-status = Der Statustext
reaction-empty = Eine Reaktion braucht ein Emoji.
reaction-one = Eine Reaktion ist ein einzelnes Emoji; senden Sie jedes für sich.
reaction-limit = Eine Nachricht kann höchstens { $max } verschiedene Reaktionen tragen.
push-endpoint-invalid = Der Endpunkt des Push-Abonnements muss eine https-Adresse eines Push-Dienstes sein.
push-endpoint-private = Der Endpunkt des Push-Abonnements liegt in einem privaten oder lokalen Netz; der Server sendet dorthin nur, wenn allow_private_targets gesetzt ist.
push-keys-invalid = Die Schlüssel des Push-Abonnements sind ungültig: p256dh muss ein öffentlicher P-256-Schlüssel sein und auth 16 Bytes lang, beide in base64url.
notify-level-invalid = Die Stufe muss „all“, „mentions“ oder „none“ sein.
email-delay-invalid = Die E-Mail-Verzögerung muss 0 (keine E-Mail) oder zwischen 1 und 1440 Minuten liegen.
quiet-hours-invalid = Ruhezeiten brauchen einen Beginn und ein Ende zwischen 00:00 und 23:59.
presence-too-many = Fragen Sie nach höchstens { $max } Personen auf einmal.
missed-subject = { $count ->
    [one] Sie haben eine ungelesene Nachricht in { $company }
   *[other] Sie haben { $count } ungelesene Nachrichten in { $company }
}
missed-hello = Hallo { $name },
missed-lead = Während Sie weg waren, hat das auf Sie gewartet:
missed-direct = { $count ->
    [one] { $count } neue Nachricht von { $who }
   *[other] { $count } neue Nachrichten von { $who }
}
missed-mention = { $count ->
    [one] { $who } hat Sie in { $chat } erwähnt
   *[other] Sie wurden { $count }-mal in { $chat } erwähnt
}
missed-open = Bivouac öffnen
missed-why = Sie erhalten diese E-Mail, weil diese Nachrichten { $minutes } Minuten ungelesen waren. Wie lange Bivouac wartet, oder ob diese E-Mails kommen, stellen Sie unter Einstellungen > Benachrichtigungen ein.
push-new-message = Neue Nachricht
reminder-past = Wählen Sie für die Erinnerung eine Zeit in der Zukunft.
reminder-limit = Sie haben bereits { $max } wartende Erinnerungen; entfernen Sie zuerst eine.
push-reminder = Erinnerung

## Details im Protokoll (als Meldungen gespeichert, in der Sprache des Lesers gelesen)

audit-detail-name = Name: { $value }
audit-detail-colour = Akzentfarbe: { $value }
audit-detail-colour-default = Akzentfarbe: die eigene von Bivouac
audit-detail-language = Sprache: { $value }
audit-detail-renamed = umbenannt, vorher { $old }
audit-detail-moved = verschoben
audit-detail-head-changed = Leitung geändert
audit-detail-invited = { $email } als { $role }
audit-detail-card = Name, Position oder Telefon geändert
audit-detail-no-departments = keine Abteilungen
audit-detail-role = { $from } → { $to }
audit-detail-access-ends = Zugang endet am { $date }
audit-detail-no-end = kein Enddatum
audit-detail-ownership = { $from } → Inhaber; der bisherige Inhaber ist jetzt Administrator
audit-detail-access-passed = das Zugangsende, { $date }, ist erreicht
