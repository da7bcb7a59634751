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
