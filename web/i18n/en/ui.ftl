# The web UI's words. Keys are kebab-case, grouped by screen.

## Start-up and pages that are not there

boot-failed = Cannot load Bivouac
try-again = Try again
not-found-title = Not found
not-found-heading = Nothing here
not-found-text = This address does not lead anywhere in Bivouac.
go-home = Go home
session-ended = Your session ended. Sign in again.

## Bots: the area, lists and the request card

bots-title = Bots
bots-waiting = Waiting for me
bots-waiting-count = { $count ->
    [one] { $count } request waits for you
   *[other] { $count } requests wait for you
}
bots-mine = My requests
bots-start = Start a request
bots-all = All requests
bots-manage = Bot editor
bots-load-more = Load more
bots-waiting-empty = Nothing waits for you
bots-waiting-empty-text = Requests that need your decision appear here, and as cards in the bots' chats.
bots-mine-empty = No requests yet
bots-mine-empty-text = Start a request: pay an invoice, ask for a vacation, or use one of your company's bots.
bots-all-empty = No requests match
bots-all-empty-text = Change the filters, or wait for the first requests.
bots-not-allowed = You cannot see this
bots-filter-bot = Bot
bots-filter-any-bot = Any bot
bots-filter-state = State
bots-filter-any-state = Any state
bots-filter-requester = Requester
bots-filter-anyone = Anyone
bots-from = From
bots-to = To
bots-export = Export CSV
bots-no-bots = No bots yet
bots-no-bots-text = Ask an administrator to set up a bot for your process.
bots-send = Send request
bots-request = Request
request-state-waiting = Waiting
request-state-approved = Approved
request-state-done = Done
request-state-rejected = Rejected
request-state-returned = Returned for changes
request-state-withdrawn = Withdrawn
bots-card-label = Request
bots-card-actions = Decide
bots-card-waiting = Step { $step } of { $steps } · waiting for { $names }
bots-card-to-execute = Approved · to be carried out by { $names }
bots-card-updated = Updated { $date }
bots-card-unavailable = This request is not available to you.
bots-approve = Approve
bots-sign = Sign
bots-reject = Reject
bots-return = Return
bots-open = Open
bots-cancel = Cancel
bots-password = Your password, to sign
bots-reject-reason = Why do you reject it?
bots-return-reason = What should be changed?
bots-reason-needed = Say why: the requester will read it.
bots-pass-code = Pass code: { $code }

## Bots: a request's page

bots-values = Details
bots-route = Route
bots-history = History
bots-discussion = Discussion
bots-signatures = Signatures
bots-signature = { $name } signed { $file } (SHA-256 { $hash })
bots-pass = Entry pass
bots-pass-page = Open the front-desk page
bots-pass-qr = QR code of the pass
bots-step-n = Step { $n }
bots-step-all = everyone must decide
bots-step-sign = signed with a password
bots-step-skipped = Skipped: its condition did not hold
bots-history-system = Bivouac
bots-history-submitted = sent the request
bots-history-approved = approved step { $step }
bots-history-signed = signed at step { $step }
bots-history-rejected = rejected it at step { $step }
bots-history-returned = returned it for changes at step { $step }
bots-history-resubmitted = sent it again, from step { $step }
bots-history-withdrawn = withdrew it
bots-history-executed = carried it out
bots-history-edited = changed the details
bots-history-skipped = skipped step { $step } (its condition did not hold)
bots-history-reminded = reminded the approvers of step { $step }
bots-on-behalf = (standing in for { $name })
bots-no-comments = No comments yet.
bots-comment = Comment
bots-comment-send = Send comment
bots-change-and-resend = Change and send again
bots-resubmit = Send again
bots-mark-done = Mark done
bots-withdraw = Withdraw request

## Bots: the form

bots-choose = Choose…
bots-currency = Currency
bots-field-required = Fill this in.
bots-field-min-length = At least { $min } characters.
bots-field-max-length = At most { $max } characters.
bots-field-min = At least { $min }.
bots-field-max = At most { $max }.
bots-field-whole-number = A whole number, please.
bots-field-currency = A currency is three letters, such as EUR.
bots-field-amount = An amount such as 1250.00 (at most { $digits } digits after the point).
bots-field-period = Give both the first and the last day.
bots-field-period-order = The last day comes before the first.
bots-file-unreadable = This file could not be read.
bots-file-cancel = Cancel upload
bots-file-uploading = Uploading { $name }…
bots-file-ready = { $name } ({ $size }) is attached.
bots-file-wait = Wait until the file has finished uploading.
bots-file-hash-only = { $name } (SHA-256 { $hash }…)

## Bots: the editor

bots-new = New bot
bots-edit = Edit bot
bots-edit-named = Edit { $name }
bots-version = Version { $version }
bots-builtin = Built in
bots-name = Name
bots-icon = Icon (an emoji)
bots-description = Description
bots-fields = Form fields
bots-add-field = Add a field
bots-field-key = Key
bots-field-label = Label
bots-field-type = Type
bots-field-options = Choices, separated by commas
bots-field-min-label = Smallest
bots-field-max-label = Largest
bots-required = Required
bots-move-up = Move up
bots-move-down = Move down
bots-remove = Remove
bots-add-step = Add a step
bots-step-kind = Who decides
bots-step-name = Step name
bots-step-people = People
bots-step-department = Department
bots-step-role = Role
bots-condition = Only when
bots-condition-field = Field
bots-condition-op = Comparison
bots-condition-value = Value
bots-execution = Execution
bots-execution-on = After approval, someone carries it out
bots-executor = Who carries it out
bots-watchers = Watchers (told the outcome)
bots-remind-after = Remind approvers after (hours)
bots-preview = Preview
bots-save = Save
bots-delete = Delete bot
bots-delete-confirm = Delete { $name }? It takes no new requests; requests under way go on.
bots-type-text = Short text
bots-type-long-text = Long text
bots-type-number = Number
bots-type-money = Money
bots-type-date = Date
bots-type-date-range = Period
bots-type-person = Person
bots-type-department = Department
bots-type-choice = One choice
bots-type-multi-choice = Several choices
bots-type-checkbox = Checkbox
bots-type-file = File
bots-kind-people = Named people
bots-kind-department-head = The requester's department head
bots-kind-head-of = The head of a department
bots-kind-role = Everyone with a role
bots-role-owner = Owner
bots-role-admin = Administrators
bots-role-integrator = Integrators
bots-role-employee = Employees
bots-role-freelancer = Freelancers

## Bots: absences on a person's card

bots-on-vacation = On vacation until { $date }
bots-stands-in = { $name } stands in

## Bots: integrations

bots-integrations = Integrations
bots-never = never
bots-shown-once = Copy it now: it is shown only this once.
bots-accounts = Bot accounts
bots-accounts-help = A bot account posts through the API with its token (Authorization: Bearer), only in channels it was added to, like a person.
bots-account-name = Account name
bots-add-account = Add bot account
bots-no-accounts = No bot accounts yet.
bots-new-token = New token
bots-revoke-token = Revoke token
bots-revoke-confirm = Revoke the token of { $name }? Whatever uses it stops posting at once.
bots-token-of = The token of { $name }
bots-token-active = has a token
bots-token-none = no token
bots-last-used = last used { $date }
bots-webhooks = Webhooks
bots-webhooks-help = Incoming webhooks take what tools send to Slack; outgoing ones send messages that start with a trigger word to another server.
bots-webhook-channel = Channel
bots-no-channels = Join a channel first.
bots-no-webhooks = This channel has no webhooks.
bots-webhook-name = Webhook name (shown as the author)
bots-add-incoming = Add incoming webhook
bots-webhook-url = The webhook's address
bots-trigger = Trigger word
bots-target-url = Target address (https://)
bots-add-outgoing = Add outgoing webhook
bots-outgoing-token = The token sent with every call (check it on your server)
bots-incoming = incoming
bots-outgoing = outgoing
bots-last-error = last error: { $error }
bots-remove-webhook = Remove webhook
bots-remove-webhook-confirm = Remove { $name }? Its address stops working at once.
