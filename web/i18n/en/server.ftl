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
field-title = Job title
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

## Bots for business processes: configuring a bot

bot-what-name = The bot's name
bot-what-label = A field's label
bot-what-option = A choice
bot-what-help = A field's hint
bot-what-icon = The icon
bot-what-description = The description
bot-what-step-name = A step's name
bot-what-action = The execution button's words
bot-text-required = { $what } is required.
bot-text-too-long = { $what } may have at most { $max } characters, on one line.
bot-field-key = The field key “{ $key }” must start with a small letter and hold only small letters, digits and _ (at most 40).
bot-field-duplicate = Two fields have the key “{ $key }”; each field needs its own.
bot-field-type = “{ $kind }” is not a field type. Use text, long_text, number, money, date, date_range, person, department, choice, multi_choice, checkbox or file.
bot-field-options = { $field }: a choice field needs between 1 and 100 choices.
bot-field-limits = { $field }: the smallest allowed value is larger than the largest.
bot-field-currency = { $field }: a fixed currency is three capital letters (ISO 4217), and only for money fields.
bot-too-many-fields = A form has at most { $max } fields.
bot-too-many-steps = A route has at most { $max } steps.
bot-route-empty = A bot needs at least one approval step.
bot-step-kind = Step { $step }: the kind must be people, department_head, head_of or role.
bot-step-people = Step { $step }: at most 100 people.
bot-step-department = Step { $step }: choose the department whose head decides.
bot-step-role = Step { $step }: choose the role (owner, admin, integrator, employee or freelancer).
bot-condition-field = Step { $step }: a condition must name a number or money field of the form.
bot-condition-op = Step { $step }: a condition compares with >, >=, <, <= or =.
bot-condition-value = Step { $step }: the condition's value must be a whole number, or money as amount_minor and currency.
bot-remind-hours = Reminders come after 1 to 720 hours.
bot-unknown-person = Someone named in the route, the execution step or the watchers is not a member you can see.
bot-unknown-department = A department named in the route does not exist.
bot-account-title = Bot

## Bots: filling in a form

field-required = { $field } is required.
field-text = { $field } must be text (a short text field holds one line).
field-too-long = { $field } may have at most { $max } characters.
field-too-short = { $field } needs at least { $min } characters.
field-number = { $field } must be a whole number.
field-below-min = { $field } must be at least { $min }.
field-above-max = { $field } must be at most { $max }.
field-money = { $field } must be money: amount_minor (a whole number of cents) and a three-letter currency.
field-currency = { $field } must be in { $currency }.
field-date = { $field } must be a date written YYYY-MM-DD.
field-date-range = { $field } must be a period with from and to, both YYYY-MM-DD.
field-date-order = { $field }: the period ends before it starts.
field-person = { $field } must be an active member of the workspace.
field-department = { $field } must be a department.
field-choice = { $field }: choose from the choices offered.
field-checkbox = { $field } must be ticked or not (true or false).
field-file = { $field } must be a document with a name and its SHA-256.
field-file-upload = { $field }: this upload is not yours to give, or it was already sent. Attach the file again.
field-unknown = The form has no field “{ $field }”.
vacation-self-substitute = You cannot be your own substitute.

## Bots: requests

request-reason-required = Say why (a comment is required to reject or return a request).
request-comment-too-long = A comment may have at most { $max } characters.
request-sign-password = Signing needs your password.
request-wrong-password = That is not your password; the document was not signed.
requests-bad-query = The list's { $what } is not valid.
request-state = This request is { $state } now; that cannot be done any more.
request-state-waiting = waiting
request-state-approved = approved
request-state-done = done
request-state-rejected = rejected
request-state-returned = returned for changes
request-state-withdrawn = withdrawn
request-not-returned = Only a request returned for changes can be edited and sent again.
request-not-yours = Only the person who made this request can do that.
request-not-executor = This request is carried out by someone else.
request-not-your-step = This step waits for someone else's decision.
request-mention = You can only mention people who take part in this request (a freelancer: people you have a direct chat with).
bots-denied-configure = Only the owner, administrators and integrators configure bots.
bots-denied-create = You cannot make requests to bots.
bots-denied-all = Only the owner and administrators see all requests.
bots-denied-accounts = Only the owner, administrators and integrators manage bot accounts.
bots-denied-integrations = Only the owner, administrators and integrators configure integrations.
hooks-channel-archived = This channel is archived; it takes no integrations.

## Bots: what a bot says in its chats

summary-invoice = { $amount } to { $payee }, due { $due }
summary-vacation = { $kind }, { $period }
summary-pass = { $visitor }, { $date }
summary-signing = { $document }
bot-submitted = Your request { $about } is on its way.
bot-asks = { $requester } asks you to approve: { $about }
bot-asks-substitute = { $requester } asks for approval, and you stand in for an approver who is away: { $about }
bot-step-approved = { $by } approved { $about }; it goes on to the next step.
bot-approved = Approved: { $about }
bot-execute = { $requester }'s request is approved; please carry it out: { $about }
bot-done = { $by } carried out { $about }.
bot-rejected = { $by } rejected { $about }. Reason: { $reason }
bot-returned = { $by } returned { $about } for changes: { $reason }
bot-outcome = { $about } is { $state }.
bot-reminder = Still waiting for your decision ({ $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}): { $about }

## The built-in bots (their words at setup, in the workspace's language; editable later)

builtin-invoice = Pay an invoice
builtin-invoice-about = Ask for an invoice to be paid: your department head approves, then finance, who marks it paid.
builtin-vacation = Vacation request
builtin-vacation-about = Ask for time off; your department head approves. Your substitute takes your approvals while you are away.
builtin-signing = Document signing
builtin-signing-about = A document signed by the people named, each confirming with their password. Set the signers before use.
builtin-pass = Entry pass
builtin-pass-about = A pass for a visitor; the office or security approves, and the pass gets a code for the front desk.
builtin-custom = New bot
builtin-custom-about = A bot of your own.
builtin-field-payee = Payee
builtin-field-amount = Amount
builtin-field-due-date = Due date
builtin-field-invoice-file = Invoice
builtin-field-description = Description
builtin-field-reference = Payment reference
builtin-field-paid-on = Paid on
builtin-field-period = Dates
builtin-field-vacation-kind = Kind
builtin-field-substitute = Substitute
builtin-field-note = Note
builtin-field-document = Document
builtin-field-visitor = Visitor's name
builtin-field-company = Company
builtin-field-date = Date
builtin-field-from-time = From (time)
builtin-field-to-time = Until (time)
builtin-field-host = Host
builtin-field-car-plate = Car plate
builtin-vacation-paid = Paid leave
builtin-vacation-unpaid = Unpaid leave
builtin-vacation-sick = Sick leave
builtin-vacation-other = Other
builtin-step-head = Department head
builtin-step-finance = Finance
builtin-step-signers = Signers
builtin-step-security = Office or security
builtin-mark-paid = Mark paid

## Entry passes: the front-desk page

pass-title = Entry pass
pass-valid = Valid today.
pass-expired = Not valid: this pass was for { $date }.
pass-not-yet = Not valid yet: this pass is for { $date }.
pass-revoked = Not valid: this pass was withdrawn or is not approved.
pass-unknown = There is no pass with this code.
pass-visitor = Visitor
pass-company = Company
pass-date = Date
pass-window = Time
pass-car = Car plate

## Integrations: bot accounts and webhooks

field-bot-name = The name
bot-token-invalid = This API token is not valid (it may have been revoked or replaced). Ask for a new one.
hook-url-invalid = The webhook address must be a full https:// address.
hook-url-plain-http = The webhook address must use https:// (plain http is allowed only with allow_private_targets).
hook-url-private = The webhook address is on this machine or a private network; that is allowed only with allow_private_targets.
hook-trigger-invalid = A trigger word is one word of at most 32 characters.
hook-trigger-taken = This channel already has an outgoing webhook for “{ $trigger }”.
hook-failed = The outgoing webhook “{ $name }” gave up after { $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
}: { $why }

## Roles (used in the messages below)

role-owner = Owner
role-admin = Administrator
role-integrator = Integrator
role-employee = Employee
role-freelancer = Freelancer

## Requests the server cannot read

nothing-here = There is nothing at this address.
no-api-route = There is no API route { $path }.
only-get = This address only answers GET.
method-not-allowed = This address does not accept that method.
payload-too-large = The request body is too large.
bad-request = The request could not be understood.
body-too-large = The request body is larger than the limit of { $limit } bytes.
body-not-json = Send the body as JSON with the header Content-Type: application/json.
body-wrong-field = The request body has a wrong field: { $detail }.
body-invalid-json = The request body is not valid JSON: { $detail }.
body-unreadable = The request body could not be read: { $detail }.
query-invalid = The query string is not valid: { $detail }.
query-date-invalid = { $name } must be a date such as 2026-11-23 (or a full RFC 3339 time).
cursor-invalid = The cursor is not one this server handed out; start from the first page.
date-invalid = “{ $value }” is not a date; use a form like 2026-12-31 or 2026-12-31T18:00:00Z.
color-invalid = “{ $value }” is not a colour; write it as # and six hexadecimal digits, e.g. #0f766e.
language-invalid = The language must be one of en, ru, de or es.
audit-action-invalid = “{ $value }” is not an audit action; GET /api/audit/actions lists them.
not-websocket = This address opens a WebSocket: { $detail }.
bad-origin = Live updates only work from the Bivouac page itself (the Origin does not match base_url).
metrics-forbidden = Metrics are readable from the server itself, or with Authorization: Bearer <metrics_token>.

## The server's own state

shutting-down = The server is shutting down; try again in a moment.
shutting-down-reconnect = The server is shutting down; reconnect in a moment.
busy-passwords = The server is busy checking passwords. Try again in a moment.
not-ready = The data file failed; the server is restarting.
store-failed = The server cannot write to its data file ({ $detail }); it is restarting.
disk-almost-full = The server's disk is almost full ({ $free } free, below the { $minimum } minimum), so changes are paused. Reading still works; ask the administrator to free space.
disk-no-room = The server's disk has no room for this file; an administrator must free space before more files can be shared.
search-rebuilding = Search is being rebuilt from the data file and will be back in a minute; try again then.

## Signing in and sessions

session-ended = Your session has ended. Sign in again.
invalid-credentials = Wrong email or password.
setup-done = This workspace is already set up. Sign in instead.
setup-token-invalid = This setup link is not valid. Use the newest link the server printed at start (it is also in setup-link.txt in the data directory).
wrong-current-password = Your current password is not right. Type the password you signed in with.
access-ended = Your access ended on { $date }. Ask an administrator if you need it again.
account-deactivated = Your account has been deactivated. Ask an administrator of your workspace.
ended-role-changed-by = Your role was changed by { $name } — sign in again.
ended-role-changed = Your role was changed — sign in again.
ended-deactivated-by = Your account was deactivated by { $name }. Ask an administrator if you need access again.
ended-deactivated = Your account was deactivated. Ask an administrator if you need access again.
ended-deleted-by = Your account was removed by { $name }.
ended-deleted = Your account was removed.
ended-password-changed = Your password was changed in another session — sign in again with the new password.
ended-password-reset = Your password was reset with an emailed link — sign in again with the new password.
reset-requested = If that address belongs to an account, a link to reset the password is on its way.
reset-invalid = This password reset link is not valid any more (it works once, for an hour). Ask for a new one.

## What a role may not do

deny-see-mail = You are not allowed to see the mail settings.
deny-manage-mail = You are not allowed to manage the mail settings.
deny-edit-card = You are not allowed to edit this person's card.
deny-person-departments = You are not allowed to change this person's departments.
deny-change-role = You are not allowed to change the role of { $name }.
deny-give-role = You are not allowed to give anyone the role “{ $role }”.
deny-deactivate = You are not allowed to deactivate or delete { $name }.
deny-access-end = You are not allowed to set an access end date for { $name }.
deny-transfer-ownership = Only an owner can transfer ownership.
deny-departments = You are not allowed to change departments.
deny-audit = You are not allowed to read the audit log.
deny-invite = You are not allowed to invite people with the role “{ $role }”.
deny-see-invitations = You are not allowed to see invitations.
deny-workspace = Only an owner can change the company's name, colour or language.
deny-create-channels = You are not allowed to create channels.
deny-browse-channels = You are not allowed to browse channels.
deny-manage-channel = You are not allowed to manage this channel (its creator and administrators can).
deny-add-members = You are not allowed to add people to this channel (its creator and administrators can).
deny-remove-members = You are not allowed to take people out of this chat (its creator and administrators can; anyone may leave).
deny-edit-message = You cannot edit someone else's message.
deny-delete-message = You cannot delete someone else's message.
deny-department-folders = Only the owner and administrators define department folders.

## People, departments and invitations

cannot-act-on-self = You cannot deactivate or delete your own account; ask another administrator.
invalid-new-owner = Ownership can only go to another active member of the workspace.
access-end-not-applicable = Only integrators and freelancers can have an access end date.
access-until-past = The access end date must be in the future.
last-owner = This is the last owner of the workspace. Transfer ownership to someone else first.
email-taken = { $email } already belongs to { $name }.
email-has-account = { $email } already has an account ({ $name }).
role-missing = The role is missing; choose owner, admin, integrator, employee or freelancer.
role-invalid = “{ $value }” is not a role; choose owner, admin, integrator, employee or freelancer.
unknown-department = That department does not exist.
parent-department-missing = The parent department does not exist.
new-parent-department-missing = The new parent department does not exist.
department-exists = There is already a department named { $name } there.
department-cycle = A department cannot be moved under itself or one of its sub-departments.
department-has-children = { $name } has { $count ->
    [one] { $count } sub-department
   *[other] { $count } sub-departments
}; move or delete them first.
department-has-members = { $count ->
    [one] { $count } person belongs
   *[other] { $count } people belong
} to { $name }; move them to another department first.
not-yet-joined-terms = This person has not accepted their invitation yet, and the invitation names their role and access. Revoke it and invite them again with the new terms.
not-yet-joined-revoke = This person has not accepted their invitation yet; revoke the invitation instead.
invitation-pending = { $email } already has a pending invitation (valid until { $date }). Resend it from the list of invitations instead.
invitation-already-accepted = This invitation was already accepted.
invitation-was-revoked = This invitation was revoked; invite the person again.
invitation-expired-resend = This invitation has expired; resend it to make a new link.
invitation-mailed = This invitation was already handed to the mail server, so its link is only in the email. Resend it to make a new link.
invitation-link-gone = This invitation's link cannot be shown any more; resend it to make a new one.
invitation-link-invalid = This invitation link is not valid. Ask the person who invited you to send a new one.
invitation-link-replaced = This link was replaced by a newer invitation email (perhaps to a corrected address). Use the newest email, or ask { $inviter }.
invitation-used = This invitation was already used. Sign in with your email and password instead.
invitation-withdrawn = This invitation was withdrawn. Ask { $inviter } if you still need access.
invitation-expired-on = This invitation expired on { $date }. Ask { $inviter } to send a new one.
invitation-mismatch = This invitation no longer matches its account. Ask for a new one.
invitation-access-ended = The access this invitation offered has already ended. Ask for a new invitation.
your-administrator = your administrator

## Channels, chats and messages

channel-archived-join = This channel is archived; it can no longer be joined.
channel-archived-read-only = This channel is archived; it is read-only.
channel-archived-members = This channel is archived; unarchive it to change its members.
channel-archived-add = This channel is archived; unarchive it to add people.
channel-name-taken = A channel named “{ $name }” already exists; choose another name.
direct-chat-leave = You cannot leave a direct chat; hide it from your sidebar instead.
direct-chat-two = A direct chat always has exactly its two people.
person-inactive = { $name } is not an active member, so you cannot chat with them.
mention-not-member = { $name } is not in this conversation, so you cannot mention them here.
mention-not-allowed = You can only mention people you can see in the directory (a freelancer: people you have a direct chat with).
group-too-large = A group chat has at most { $max } people; create a channel instead.
no-people = Choose at least one other person to chat with.
not-a-channel = Only channels have a name, privacy and an archive; this is a chat.
thread-root-invalid = thread_root must be a message of this chat that is not itself a reply.
thread-root-deleted = That message was deleted; its thread is closed.
thread-root-is-reply = That message is a reply, not the start of a thread.
thread-follow-reply = That message is a reply; follow the thread it belongs to.
read-message-invalid = message_id must be a message of this chat (not a thread reply).
read-reply-invalid = message_id must be a reply in this thread.
message-deleted = This message was deleted; it cannot be edited.
message-gone = This message was deleted.
read-not-in-chat = The read position must be a message of this chat (not a thread reply).
time-rfc3339 = A time must be written in RFC 3339, such as 2026-12-12T18:00:00Z.
too-many-files = A message carries at most { $max } files.
file-missing = One of the files does not exist (any more); upload it again.
file-not-yours = One of the files is not an upload of yours; upload it again and send the message once more.
file-already-sent = One of the files was already sent with another message; upload it again to send it once more.
file-too-large = The file is larger than the limit of { $limit }; share a smaller file or ask an administrator to raise max_upload.
upload-missing-name = Send the file name as ?name=... (or upload as multipart/form-data).
upload-broke-off = The upload broke off: { $detail }.
multipart-invalid = The multipart body is not valid: { $detail }.
multipart-no-file = The multipart body has no file part (a part with a filename).
search-too-long = The search is too long; use at most { $max } characters.
search-has-invalid = has= only takes file.

## Sidebar: pins and folders

duplicate-chats = The list names a chat more than once.
duplicate-people = The list names a person more than once.
too-many-pinned-chats = At most { $max } chats can be pinned.
too-many-pinned-people = At most { $max } people can be pinned.
too-many-folders = You already have { $max } folders, the most there can be.
too-many-folder-items = A folder holds at most { $max } chats.
folder-exists = You already have a folder named “{ $name }”.
department-folder-exists = That department already has a folder named “{ $name }”.
not-a-department-folder = Only department folders can be hidden; delete your own folder instead.
invalid-position = position must be between 0 and { $max }.
department-folder-fixed = A department folder is set by administrators; you can collapse or hide it.
department-folder-hide-only = A department folder is set by administrators; you can hide it.
folders-changed = The list of folders does not match your current folders (another tab may have changed them); reload and try again.

## Mail

mail-your-team = your team
mail-hello = Hello { $name },
mail-paste-link = Or paste this link into your browser: { $link }
mail-invitation-subject = { $inviter } invited you to { $company } on Bivouac
mail-invitation-lead = { $inviter } invited you to join { $company } on Bivouac. Your role: { $role }.
mail-invitation-how = Open the link below to set your password and sign in.
mail-invitation-until = The link works once, until { $expires }. If it has expired, ask { $inviter } to send a new one.
mail-invitation-button = Accept the invitation
mail-reset-subject = Reset your Bivouac password for { $company }
mail-reset-lead = Someone asked to reset your password for { $company } on Bivouac.
mail-reset-how = Open the link below within an hour to choose a new password. It works once. If you did not ask, ignore this mail; your password stays as it is.
mail-reset-button = Choose a new password
mail-test-subject = Bivouac test email
mail-test-body = This is a test email from Bivouac at { $url }. Mail works.
mail-test-accepted = The SMTP server accepted the mail: { $answer }

## Names the server gives things

general-description = Everyone in the company: news and questions for all.
chat-just-you = Just you
chat-more = { $count } more

## The audit log's actions

audit-role-changed = Role changed
audit-departments-changed = Departments changed
audit-access-end-set = Access end date set
audit-access-ended = Access ended
audit-deactivated = Deactivated
audit-reactivated = Reactivated
audit-deleted = Deleted
audit-card-edited = Card edited
audit-ownership-transferred = Ownership transferred
audit-department-created = Department created
audit-department-changed = Department changed
audit-department-deleted = Department deleted
audit-invited = Invited
audit-invitation-resent = Invitation resent
audit-invitation-revoked = Invitation revoked
audit-invitation-email-corrected = Invitation email corrected
audit-invitation-accepted = Invitation accepted
audit-password-reset = Password reset
audit-password-changed = Password changed
audit-workspace-changed = Company settings changed
audit-invitation-link-copied = Invitation link copied
audit-the-workspace = The workspace
audit-other = Other

## The page itself (before its script has run)

page-loading = Loading
page-needs-javascript = Bivouac needs JavaScript enabled.

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

## The audit log's details (kept as messages, read in the reader's language)

audit-detail-name = name: { $value }
audit-detail-colour = accent colour: { $value }
audit-detail-colour-default = accent colour: Bivouac's own
audit-detail-language = language: { $value }
audit-detail-renamed = renamed from { $old }
audit-detail-moved = moved
audit-detail-head-changed = head changed
audit-detail-invited = { $email } as { $role }
audit-detail-card = name, title or phone changed
audit-detail-no-departments = no departments
audit-detail-role = { $from } → { $to }
audit-detail-access-ends = access ends on { $date }
audit-detail-no-end = no end date
audit-detail-ownership = { $from } → Owner; the previous owner is now an administrator
audit-detail-access-passed = the access end date, { $date }, passed
