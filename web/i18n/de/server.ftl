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
