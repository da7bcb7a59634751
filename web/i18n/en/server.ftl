# Messages the server writes: error messages and mails. Keys are kebab-case; an error's `code`
# stays English, only its message comes from here.

## Waiting

rate-limited = Too many attempts. Wait { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
} and try again.
rate-limited-minutes = Too many attempts. Wait { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} and try again.
rate-limited-hours = Too many attempts. Wait { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
} and try again.

## General answers

not-found = No such { $what }, or you cannot see it.
unauthorized = You are not signed in, or your session has ended. Sign in again.
csrf-missing = The request is missing its X-CSRF-Token header (or it is stale). Reload the page and try again.
internal = Something went wrong on the server. The details are in the server log; try again.
forbidden = You are not allowed to do that.

## Things that may not be found (used in not-found)

thing-person = person
thing-chat = chat
thing-message = message
thing-invitation = invitation
thing-department = department
thing-folder = folder
thing-member = member
thing-item = item

## Fields (used in the messages below)

field-first-name = First name
field-last-name = Last name
field-company-name = Company name
field-department-name = Department name
field-channel-name = Channel name
field-folder-name = Folder name
field-title = Title
field-phone = Phone
field-description = The description

## Checking what people typed

email-missing = The email address is missing.
email-invalid = “{ $email }” is not a valid email address: { $why }.
email-too-long = it is longer than 254 characters
email-no-at = it has no @
email-local-length = the part before @ must be 1 to 64 characters
email-two-ats = it has more than one @
email-domain-shape = the part after @ must be a domain such as example.com
email-domain-chars = the domain has characters a domain cannot have
email-dots = dots cannot start, end or repeat before the @
email-local-chars = the part before @ has characters an address cannot have
name-empty = { $field } must not be empty.
name-too-long = { $field } must be at most { $max } characters.
name-control = { $field } must not contain control characters or line breaks.
name-invisible = { $field } is made only of invisible characters; type a name people can read.
name-direction-control = { $field } contains the invisible direction control { $char }, which can make text read backwards; remove it.
phone-invalid = A phone number may only have digits, spaces and + - ( ) . /
description-too-long = The description must be at most { $max } characters.
description-control = The description contains control characters.
password-too-short = The password must have at least { $min } characters.
password-too-long = The password must have at most { $max } characters.
body-empty = The message is empty.
body-invisible = The message is made only of invisible characters.
body-too-long = The message has { $length } characters; the most is { $max }. Split it into several messages.
body-control = The message contains control characters.
client-id-invalid = client_id must be 1 to 64 letters, digits, - or _ (for example a UUID).

## Reactions, status and notifications

field-reaction = The reaction
field-status = The status text
reaction-empty = A reaction needs an emoji.
reaction-one = A reaction is one emoji; send each one on its own.
reaction-limit = A message can carry at most { $max } different reactions.
push-endpoint-invalid = The push subscription’s endpoint must be an https address of a push service.
push-endpoint-private = The push subscription’s endpoint is on a private or local network; the server only sends pushes there when allow_private_targets is set.
push-keys-invalid = The push subscription’s keys are not valid: p256dh must be a P-256 public key and auth 16 bytes, both base64url.
notify-level-invalid = The level must be “all”, “mentions” or “none”.
email-delay-invalid = The email delay must be 0 (no email) or between 1 and 1440 minutes.
quiet-hours-invalid = Quiet hours need a start and an end between 00:00 and 23:59.
presence-too-many = Ask for at most { $max } people at a time.
missed-subject = { $count ->
    [one] You have an unread message in { $company }
   *[other] You have { $count } unread messages in { $company }
}
missed-hello = Hello { $name },
missed-lead = While you were away, this was waiting for you:
missed-direct = { $count ->
    [one] { $count } new message from { $who }
   *[other] { $count } new messages from { $who }
}
missed-mention = { $count ->
    [one] { $who } mentioned you in { $chat }
   *[other] You were mentioned { $count } times in { $chat }
}
missed-open = Open Bivouac
missed-why = You get this email because these messages were unread for { $minutes } minutes. Change how long Bivouac waits, or turn these emails off, under Settings > Notifications.
push-new-message = New message
reminder-past = Choose a time in the future for the reminder.
reminder-limit = You have { $max } reminders waiting already; remove one first.
push-reminder = Reminder
