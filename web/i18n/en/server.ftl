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
