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

## Everywhere: buttons, states and messages

save = Save
cancel = Cancel
confirm = Confirm
close = Close
back = Back
none = None
you = you
all = All
show-all = Show all
nothing-to-show = Nothing to show here.
load-more = Load more
loading = Loading
could-not-load = Could not load this
could-not-load-people = Could not load people
something-went-wrong = Something went wrong: { $detail }
network-error = Cannot reach the server. Check your connection and try again.
server-answered = The server answered { $status }.
paging-loop = The server sent the same page twice, so this list could not be loaded completely. Try again.
not-available = Not available
clear-search = Clear search
clear-filters = Clear filters
copy-link = Copy link
copy-message-link = Copy link to message
copied = Copied.
copy-by-hand = Press Ctrl+C (⌘C on a Mac) to copy the selected link.
former-member = Former member
not-sent-page-closed = Not sent before the page was closed.
password-show = Show
password-hide = Hide
password-show-label = Show { $field }
password-hide-label = Hide { $field }
password-hint = At least { $min } characters.
people-count = { $more ->
    [yes] { $count }+ people
   *[no] { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
}

## Fields

field-first-name = First name
field-last-name = Last name
field-company-name = Company name
field-email = Email
field-password = Password
field-password-repeat = Repeat the password
field-new-password = New password
field-new-password-repeat = Repeat the new password
field-current-password = Current password
field-title = Job title
field-title-example = e.g. Sales manager
field-name = Name
field-phone = Phone
field-role = Role
field-access-ends = Access ends

## What a form needs before it is sent

need-email = Enter an email address.
need-email-shape = “{ $value }” is not an email address; it looks like name@example.com.
need-password = The password must have at least { $min } characters.
need-password-again = Type the password again.
passwords-differ = The passwords do not match. Type the same password twice.
need-company = Enter the name of your company (or team).
need-company-name = Enter the company name.
need-first-name = Enter your first name.
need-last-name = Enter your last name.
need-their-first-name = Enter their first name.
need-their-last-name = Enter their last name.
need-login-email = Enter the email address you sign in with.
need-login-password = Enter your password.
need-your-email = Enter your email address.
need-current-password = Enter the password you use now.
need-new-password-again = Type the new password again.

## Roles and states

role-owner = Owner
role-admin = Administrator
role-integrator = Integrator
role-employee = Employee
role-freelancer = Freelancer
role-hint-owner = Can do everything, including transferring ownership.
role-hint-admin = Runs the workspace: people, departments, mail, audit log.
role-hint-integrator = An external specialist who sets the system up. Manages employees and freelancers. Can have an access end date.
role-hint-employee = Staff. Chats, channels and bots; edits only their own card.
role-hint-freelancer = An external contractor. Sees only people they have a direct chat with. Can have an access end date.
person-state-active = Active
person-state-invited = Invited
person-state-deactivated = Deactivated

## Sign-in, setup, invitation and password pages

sign-in = Sign in
sign-out = Sign out
login-lede = Welcome back.
forgot-link = Forgot your password?
go-to-sign-in = Go to sign in
back-to-sign-in = Back to sign in
setup-already-title = Already set up
setup-already-text = This workspace already has an owner, so the setup link no longer works.
setup-no-token-title = Set up Bivouac
setup-no-token-text = Open the one-time setup link that the server printed when it started. It is also in the file setup-link.txt in the data directory.
setup-title = Welcome to Bivouac
setup-lede = Create the owner account. You can invite your colleagues right after.
setup-company-hint = Shown to everyone you invite. You can change it later.
setup-submit = Create owner account
setup-form-label = Create the owner account
no-setup-title = Almost there
no-setup-text = This Bivouac has no owner yet. Open the one-time setup link that the server printed when it started (it is also in setup-link.txt in the data directory).
invite-no-token-title = Open your invitation link
invite-no-token-text = Use the link in the invitation email you received. It works once, for 7 days.
invite-have-account = I already have an account
invite-gone-title = This invitation link does not work
invite-failed-title = Cannot open the invitation
invite-the-team = the team
invite-join = Join { $company }
invite-join-team = Join the team
invite-your-admin = Your administrator
invite-lede = { $inviter } invited you to join { $company } as { $role ->
    [owner] an owner
    [admin] an administrator
    [integrator] an integrator
    [freelancer] a freelancer
   *[employee] an employee
}.
invite-form-label = Set your password
invite-foot = Set a password to finish. You sign in with { $email } from now on.
forgot-submit = Send me a link
forgot-form-label = Reset your password
forgot-lede = Enter the email you sign in with. We will send you a link to set a new password.
forgot-sent-title = Check your email
forgot-sent-text = If that address belongs to an account, a link is on its way. It works once, for an hour.
forgot-sent-lede = Nothing arrived? Check the spam folder, or ask your administrator.
reset-no-token-title = Open your reset link
reset-no-token-text = Use the link in the password reset email. If it expired, ask for a new one.
reset-ask-new = Ask for a new link
reset-submit = Set password and sign in
reset-title = Set a new password
reset-lede = Choose a new password. You will be signed out everywhere else.
reset-gone-title = This link does not work any more
address-banner-title = Bivouac is set up for another address.
address-banner-opened = You opened { $opened }, but the server puts { $configured } into links (invitations, password resets) and accepts live updates only from there.
address-banner-change = If people should use { $example }, change base_url in the server's configuration to { $example } and restart Bivouac.
address-banner-set = Set base_url to the address people will open, for example { $example }: start Bivouac with --base-url { $example }, or put base_url = "{ $example }" into /etc/bivouac/bivouac.toml and restart it.

## The shell: rail, sidebar, panel, person menu

rail-label = Sections
sidebar-label = Sidebar
panel-label = Details
close-panel = Close panel
chats-title = Chats
people-title = People
admin-title = Administration
chats-rail-label = { $mentions ->
    [0] Chats, { $unread } unread
   *[other] Chats, { $unread } unread, { $mentions ->
        [one] { $mentions } mention
       *[other] { $mentions } mentions
    }
}
me-button-label = { $name }: your account and sign out
menu-account = Your account and password
menu-company = Company name and colour
menu-account-label = Your account

## Your account

account-title = Your account
account-nav = Name, language and password
account-profile-title = Name and job title
account-profile-label = Your name and job title
account-profile-saved = Your name and job title are saved.
account-language = Language
account-language-browser = As the browser: { $language }
account-language-browser-none = As the browser (the workspace's: { $language })
account-language-hint = Bivouac's screens, its messages and your mail come in this language.
account-language-saved = Your language is saved.
account-password-label = Change your password
account-password-submit = Change password
account-password-hint = Changing it signs you out on your other devices and browsers; this one stays signed in.
account-password-saved = Your password is changed. You were signed out everywhere else.

## Administration

admin-people = People
admin-invitations = Invitations
admin-audit = Audit log
admin-mail = Mail
admin-company = Company
admin-only-staff = Only the owner, administrators and integrators can open this page.
admin-only-admins = Only the owner and administrators can open this page.
admin-only-owners = Only owners can open this page.
admin-signed-in-as = Signed in as { $role ->
    [owner] the owner
    [admin] an administrator
   *[integrator] an integrator
}.
company-title = Company
company-sub = Name, colour and language, for everyone in the workspace
company-name-hint = Shown above the sidebar, in invitations and in their emails.
company-pick-colour = Pick the accent colour
company-colour = Accent colour
company-colour-hint = Your company colour, as # and six hexadecimal digits. Empty: Bivouac’s own teal.
company-colour-reset = Use Bivouac’s colour
company-colour-own = Bivouac’s own colour is in use.
company-colour-shades = So that text stays readable (contrast of at least 4.5:1), Bivouac uses these shades:
company-light-mode = Light mode
company-dark-mode = Dark mode
company-swatch = { $mode }: { $colour }
company-language = Workspace language
company-language-hint = For everyone whose browser speaks none of Bivouac's languages, for invitation mails and for the bots' messages. Each person can choose their own.
company-form-label = Company name, colour and language
company-saved = The company’s settings are saved. Others see them when they next open Bivouac.
admin-people-sub = Roles, departments and access
admin-people-caption = People in the workspace
people-search-placeholder = Search by name, email or title
people-search-label = Search people
people-no-match = No one matches “{ $query }”
people-no-match-text = Check the spelling, or search by email.
people-none-yet = No people yet
people-none-yet-text = Invite your colleagues by email to get started.
loading-people = Loading people
col-name = Name
col-state = State
col-actions = Actions
col-person = Person
col-invited-by = Invited by
col-expires = Expires
col-when = When
col-who = Who
col-action = Action
col-about = About
col-detail = Detail
departments = Departments
departments-of = Departments of { $name }
departments-none-yet = There are no departments yet. Create them in Company structure.
departments-set = { $name } is in { $departments }.
departments-none-now = { $name } is in no department now.
edit-departments = Edit departments
edit-departments-of = Edit departments of { $name }
department-members-with-subs = { $total } in it and its sub-departments ({ $direct } directly)
role-of = Role of { $name }
make-role = Make { $role ->
    [owner] an owner
    [admin] an administrator
    [integrator] an integrator
    [freelancer] a freelancer
   *[employee] an employee
}
make-role-question = Make { $name } { $role ->
    [owner] an owner
    [admin] an administrator
    [integrator] an integrator
    [freelancer] a freelancer
   *[employee] an employee
}?
role-changed = { $name } is now { $role ->
    [owner] an owner
    [admin] an administrator
    [integrator] an integrator
    [freelancer] a freelancer
   *[employee] an employee
}.
role-effect-owner = { $name } will be able to do everything in the workspace, including changing other owners, renaming the company and transferring ownership.
role-effect-admin = { $name } will be able to invite and manage everyone except owners, change departments, read the audit log and test mail.
role-effect-integrator = { $name } will be able to invite and manage employees and freelancers and change departments, but not administrators.
role-effect-employee = { $name } will see everyone in the directory, chat, and create and join public channels, but manage nobody.
role-effect-freelancer = { $name } will see only the people they have a direct chat with and only the chats they are added to.
role-signed-out-note = { $name } loses rights with this change and is signed out everywhere at once; they sign in again to go on.
make-owner-question = Make { $name } an owner too?
make-owner-note = You both stay owners; only an owner can take this back.
make-owner = Make an owner
make-owner-menu = Make an owner too…
access-end-of = Access end date of { $name }
access-end-remove = Remove the access end date of { $name }
access-no-end = No end date
access-ends-on = { $name }'s access ends on { $date }.
access-end-removed = { $name }'s access has no end date now.
actions-for = Actions for { $name }
view-card = View card
deactivate = Deactivate
deactivate-menu = Deactivate…
deactivate-question = Deactivate { $name }?
deactivate-text = { $name } will be signed out everywhere at once and cannot sign in until reactivated. Their messages stay.
deactivated = { $name } is deactivated and signed out everywhere.
reactivate = Reactivate
reactivated = { $name } can sign in again.
delete-menu = Delete…
delete-question = Delete { $name }?
delete-text = { $name } will be signed out and can never sign in again; { $email } becomes free for someone else. Their messages stay under their name. This cannot be undone.
delete-for-good = Delete for good
deleted = { $name } is deleted.
transfer-ownership = Transfer ownership
transfer-ownership-menu = Transfer ownership…
transfer-question = Transfer ownership to { $name }?
transfer-text = { $name } becomes the owner of { $company }. You become an administrator and cannot take ownership back yourself.
transferred = { $name } is now the owner. You are an administrator.

## Invitations

invite-title = Invite people
invite-intro = They get an email with a link to set their password. The link works for 7 days.
invite-submit = Send invitation
invite-email-hint = The invitation link goes to this address.
invite-access-hint = Optional, for integrators and freelancers. Their sessions end after this day.
invite-language = Language of the invitation
invite-language-default = The workspace's: { $language }
invite-queued = Invitation to { $email } is queued and goes out as soon as mail is delivered. Without a mail server, copy its link in Administration → Invitations.
invite-sent = Invitation sent to { $email }.
invite-link = Invitation link
invite-link-for = Invitation link for { $name }
invite-link-text = Send this link to { $email } yourself (it has not been mailed yet). It works once; whoever opens it sets a password and joins as this person.
invitations-sub = Who was invited and whether the email arrived
invitations-show = Show invitations
invitations-pending = Pending
invitation-state-queued = Queued
invitation-state-sent = Sent
invitation-state-failed = Delivery failed
invitation-state-accepted = Accepted
invitation-state-expired = Expired
invitation-state-revoked = Revoked
invitations-none-open = No pending invitations
invitations-none-accepted = No accepted invitations
invitations-none-revoked = No revoked invitations
invitations-none-open-text = Everyone you invited has answered. Invite more people when you need them.
invitations-none-yet = No invitations yet
invitations-none-yet-text = Invite colleagues by email: they get a link to set their password.
invitation-more-actions = More actions for the invitation of { $name }
invitation-copy-link-menu = Copy invitation link…
invitation-correct-menu = Correct email…
revoke-menu = Revoke…
resend = Resend
invitation-resend = Resend invitation
invitation-resend-to = Resend the invitation to { $email }
invitation-resent = A new invitation link is on its way to { $email }. The old link no longer works.
invitation-sent-at = Sent { $time }
invitation-delivery-failed = Delivery failed: { $error }
invitation-correct-title = Correct { $name }'s email
invitation-correct-intro = A new invitation goes to the corrected address; the link sent to the old one stops working.
invitation-correct-submit = Send to this address
invitation-corrected = The invitation now goes to { $email }.
invitation-revoke = Revoke invitation
invitation-revoke-menu = Revoke invitation…
invitation-revoke-question = Revoke the invitation for { $name }?
invitation-revoke-text = The link sent to { $email } stops working at once. You can invite { $name } again later.
invitation-revoke-text-people = The link sent to { $email } stops working and { $name } disappears from this list. You can invite them again later.
invitation-revoked = The invitation for { $name } is revoked.
loading-invitations = Loading invitations

## Mail settings

mail-sub = How Bivouac sends invitations and password resets
mail-not-set = not set
mail-configured = Mail is configured. Invitations and password resets go out through the server below.
mail-not-configured = Mail is not configured:
mail-not-configured-text = invitations stay queued until smtp.host is set.
mail-smtp-server = SMTP server
mail-host = Host
mail-port = Port
mail-security = Security
mail-from = From
mail-security-none = None (plain SMTP)
mail-security-starttls = STARTTLS
mail-security-tls = TLS (implicit)
mail-read-only = These settings are read-only here. They are set in the configuration file or the environment; restart Bivouac after changing them:
mail-outbox = Outbox
mail-queued = { $count ->
    [one] mail waiting to be sent
   *[other] mails waiting to be sent
}
mail-failed = { $count ->
    [one] invitation could not be delivered
   *[other] invitations could not be delivered
}
mail-see-invitations = See the invitations
mail-see-invitations-why = to resend or correct an address. Queued mail is retried automatically.
mail-nothing-waiting = Nothing is waiting. Queued mail is retried automatically while the SMTP server is away.
mail-send-to = Send to
mail-send-to-hint = Leave empty to send it to yourself ({ $email }).
mail-test-submit = Send test email
mail-test-title = Send a test email
mail-test-text = Sends one email right now, past the outbox, and shows what the SMTP server answered.
mail-test-delivered = Delivered to { $email }.
mail-test-not-delivered = Not delivered to { $email }.
mail-test-sent = Test email sent to { $email }.
mail-loading = Loading mail settings
mail-settings = Mail settings
mail-failed-alert = { $count ->
    [one] { $count } invitation could not be delivered.
   *[other] { $count } invitations could not be delivered.
}
mail-failed-resend = Check the address and resend.
mail-failed-resend-or = Check the address and resend, or
mail-test-settings = test the mail settings

## Audit log

audit-sub = Every administrative action, newest first
audit-all-actions = All actions
audit-done-by = Done by
audit-done-by-anyone = Done by anyone
audit-about-anyone = Show entries about anyone
audit-about = About { $name }
audit-about-one = About one person
audit-no-match = No entries match
audit-no-match-text = Try another action or person, or clear the filters.
audit-empty = Nothing recorded yet
audit-empty-text = Role changes, invitations, deactivations and department changes appear here.
audit-load-older = Load older entries
audit-only-about = Show only entries about { $name }
audit-automatic = Bivouac (automatic)
audit-could-not-load-actions = Could not load the actions
audit-loading = Loading the audit log

## People

people-everyone = Everyone
structure-title = Company structure
departments-none-yet-create = No departments yet. Create them in Company structure.
departments-none = No departments yet.
department = Department
all-departments = All departments
pinned = Pinned
pinned-people = Pinned people
people-no-match-in = No one matches “{ $query }” in { $department }
people-no-match-text-title = Check the spelling, or search by email or job title.
department-empty = No one is in { $department } yet
department-empty-this = No one is in this department yet
department-empty-text = People join a department from their card in Administration.
show-everyone = Show everyone
nobody-yet = Nobody here yet
nobody-yet-invite = Invite your colleagues by email; they appear here once they join.
nobody-yet-text = Your colleagues appear here once they join.
people-in = People in { $department }
unpin = Unpin
pin-to-top = Pin to top
person-pinned = { $name } is pinned to the top of People.
person-unpinned = { $name } is no longer pinned.
your-card = Your card
person = Person
edit-my-card = Edit my card
edit-card = Edit card
edit-your-card = Edit your card
edit-card-of = Edit { $name }'s card
manage = Manage
message-person = Message
card-saved-own = Your card is saved.
card-saved = { $name }'s card is saved.
picker-placeholder = Search by name or email
searching = Searching…
picker-no-match = Nobody matches “{ $query }”.
picker-nobody = Nobody to show yet.
remove-person = Remove { $name }

## Company structure

structure-sub = Departments and who leads them
department-new = New department
department-new-sub = New sub-department
departments-count = { $count ->
    [one] { $count } department.
   *[other] { $count } departments.
}
structure-menu-hint = Use the … button on a department to rename, move, set its head or delete it.
structure-empty-manager = Build your company structure: start with the top-level departments, then add teams inside them.
structure-empty = Your administrators have not set up departments yet.
department-create-first = Create the first department
led-by = led by
no-head = No head
members = Members
department-add-sub = Add sub-department
rename = Rename
move = Move
delete = Delete
create = Create
head-change = Change head
head-set = Set head
department-top-level = Top level (no parent)
department-name-example = e.g. Sales
department-inside = Inside
department-head = Head
department-head-hint = Optional. Approval routes can go to the head.
department-created = { $name } created.
rename-what = Rename { $name }
department-renamed = { $old } is now { $name }.
department-move-inside = Move inside
department-move-hint = Its sub-departments and members move with it.
move-what = Move { $name }
department-moved = { $name } moved into { $to }.
department-moved-top = { $name } is now a top-level department.
department-head-of = Head of { $name }
department-head-set = { $person } now leads { $name }.
department-head-none = { $name } has no head now.
department-delete-text = The department { $name } disappears from the company structure. Only an empty department can be deleted: move its people and sub-departments elsewhere first.
department-delete = Delete department
department-deleted = { $name } deleted.
loading-departments = Loading departments

## Chats: the sidebar

channel = Channel
channel-private = Private channel
channel-named = Channel { $name }
channel-private-named = Private channel { $name }
mentions-count = { $count ->
    [one] { $count } mention
   *[other] { $count } mentions
}
unread-count = { $count } unread
unread-label = { $name }{ $unread ->
    [0] {""}
   *[other] , { $unread } unread
}{ $mentions ->
    [0] {""}
    [one] , { $mentions } mention
   *[other] , { $mentions } mentions
}
new-menu = New…
new-menu-label = New channel, message or folder
new-channel-menu = New channel…
new-message-menu = New message…
browse-channels-menu = Browse channels…
new-folder-menu = New folder…
new-folder = New folder
new-channel = New channel
new-message = New message
folder-name = Folder name
folder-create = Create folder
folder-new-with-chat = The chat goes into the new folder.
folder-new-lede = Folders group chats; a chat may be in several folders.
loading-chats = Loading chats
reconnecting = Reconnecting… new messages will appear when the connection is back.
jump-to = Jump to…
key-ctrl-k = Ctrl K
threads-title = Threads
pinned-empty = Pin important chats from their … menu, or drag them here.
channels-title = Channels
channels-all-filed = All your channels are pinned or in folders.
directs-title = Direct and group chats
directs-all-filed = All your chats are pinned or in folders.
directs-none = No direct chats yet —
directs-none-action = message a colleague
channels-none-added = No channels yet — you will see the ones you are added to here.
channels-none = No channels yet —
channels-none-create = create one for your department
channels-none-browse = browse
or = or
options-for = Options for { $name }
move-up = Move up
move-down = Move down
add-to-folder-menu = Add to folder ▸
remove-from-folder = Remove from “{ $name }”
leave-channel-menu = Leave channel…
leave-group-menu = Leave group…
leave-channel-question = Leave #{ $name }?
leave-group-question = Leave the group chat with { $name }?
leave-private-text = It is private: you will need someone to add you again to come back.
leave-text = You will stop getting its messages, and it leaves your sidebar, pins and folders.
leave = Leave
folders-title = Folders
folders-none = Group chats into folders:
folders-none-action = new folder
folder-show = Show “{ $name }”
folder-named = Folder { $name }
folder-department-named = Department folder { $name }
folder-department-title = Department folder, set by administrators
folder-department-tag = Dept
folder-options-for = Options for folder { $name }
folder-department-empty = No chats of this folder are yours yet.
folder-empty = Empty — drag chats here or use “Add to folder” in a chat’s menu.
expand = Expand
collapse = Collapse
folder-department-hide = Hide this department folder
rename-menu = Rename…
folder-rename = Rename folder
folder-delete-menu = Delete folder…
folder-delete-question = Delete the folder “{ $name }”?
folder-delete-text = Only the folder goes; the chats in it stay in your sidebar.
folder-delete = Delete folder

## Chats: dialogs and the quick switcher

description = Description
channel-name-example = e.g. sales-team
channel-description-hint = What is it for? Shown under the name.
new-channel-lede = Channels are for a team, a project or a process.
private = Private
private-channel-hint = only people you add can find and read it
channel-create = Create channel
need-channel-name = Give the channel a name.
channels-filter = Filter channels
browse-channels = Browse channels
browse-channels-lede = Public channels of the company. Join any of them.
channels-no-match = No channel matches.
channels-no-public = There are no public channels yet — create the first one.
channel-open-named = Open #{ $name }
channel-join-named = Join #{ $name }
open = Open
join = Join
members-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
message-to = To
group-chat-start = Start group chat
chat-open = Open chat
new-message-lede = Choose one person for a direct chat, or several for a group chat. Enter picks the highlighted person; Enter again opens the chat.
need-name = Enter a name.
switcher-placeholder = Jump to a chat or person, or search…
jump-to-label = Jump to
results = Results
switcher-hint = ↑↓ to move · Enter to open · Esc to close
nothing-matches = Nothing matches.
chats-none-yet = No chats yet.
search-messages-for = Search messages for “{ $query }”
search = Search
chat-kind-direct = Direct
chat-kind-group = Group

## Chats: the panel and files

group-chat = Group chat
direct-chat = Direct chat
files = Files
files-more = Show more files
files-loading = Loading files…
files-none = No files shared here yet — attach one with the paperclip or drop it on the chat.
about = About
no-description = No description.
channel-public = Public channel
archived = archived
unarchive = Unarchive
archive = Archive
archive-menu = Archive…
archive-question = Archive #{ $name }?
archive-text = It becomes read-only for everyone and leaves the sidebar; you can unarchive it later from here.
private-members-only = Private — only members can find it
nothing-changed = Nothing changed.
saved = Saved.
remove = Remove
remove-from-chat = Remove from this chat
remove-question = Remove { $name }?
remove-text = { $name } will no longer see new messages here.
remove-text-private = { $name } will no longer see new messages here and cannot come back unless someone adds them again.
creator = Creator
members-heading = Members · { $count }
members-hidden = { $count ->
    [one] { $count } more person you cannot see in the directory.
   *[other] { $count } more people you cannot see in the directory.
}
add-people = Add people
add = Add
file-kind-image = Image
file-kind-pdf = PDF
file-kind-video = Video
file-kind-audio = Audio
file-kind-document = Document
file-kind-spreadsheet = Spreadsheet
file-kind-presentation = Presentation
file-kind-archive = Archive
file-kind-text = Text
file-kind-file = File
file-open-image = Open image { $name }
file-download = Download
file-download-named = Download { $name }
file-open-tab = Open in a new tab
cancelled = Cancelled.
files-to-send = Files to send
files-attach = Attach files
file-image = image
file-uploading = Uploading { $name }
file-cancel-named = Cancel { $name }
file-pasted-image = Pasted image
file-larger-than = Larger than the limit of { $limit }.

## Chats: messages, the composer and threads

mention-people = People to mention
send = Send
send-title = Send (Enter)
key-enter = Enter
key-shift-enter = Shift+Enter
hint-send = to send
hint-new-line = new line
hint-edit-last = edit last
hint-format = **bold**  _italic_  `code`  @mention
composer-wait-uploads = Wait until the files have finished uploading, or cancel them.
composer-failed-uploads = Some files could not be uploaded; remove them (×) and try again.
composer-too-long = The message has { $length } characters; the most is { $max }. Split it into several messages.
day-label = { $weekday }, { $date }
new-messages = New messages
message-deleted = This message was deleted
edited = (edited)
edited-at = Edited { $time }
sending = Sending…
retry = Retry
edit = Edit
discard = Discard
not-sent = Not sent
not-sent-because = Not sent ({ $error })
last-reply = Last reply { $time }
last-reply-short = last { $time }
reply-in-thread = Reply in thread
edit-message = Edit message
delete-message-menu = Delete message…
message-actions = Message actions
more-actions = More actions
more = More
delete-message-question = Delete this message?
delete-message-text-own = Everyone in the chat will see “This message was deleted” in place of your message.
delete-message-text = Everyone in the chat will see “This message was deleted” in place of the message of { $name }.
delete-message-thread = Its thread stays but takes no new replies.
edit-hint = Enter to save · Esc to cancel
replies = Replies
follow = Follow
following = Following
follow-title = Follow to see new replies in Threads
following-title = You get this thread’s replies in Threads. Click to unfollow.
thread = Thread
thread-in = in { $where }
thread-unavailable = This thread is not available: its message is gone, or you left the chat.
replies-count = { $count ->
    [one] { $count } reply
   *[other] { $count } replies
}
replies-none = No replies yet
thread-root-deleted = This message was deleted; its thread takes no new replies.
reply-placeholder = Reply…
threads-sub = Threads you follow, latest reply first
threads-none = No threads yet
threads-none-text = Reply to a message, or open its thread and press Follow: its new replies then show up here.
a-chat = a chat
thread-card-label = { $unread ->
    [0] Thread by { $name } in { $where }
   *[other] Thread by { $name } in { $where }, { $unread } unread
}
new-count = { $count } new
messages = Messages
composer-busy = Send or clear what is in the message box first.
loading-messages = Loading messages
loading-ellipsis = Loading…
archived-title = Archived
members-show-details = { $count ->
    [one] { $count } member — show details
   *[other] { $count } members — show details
}
members-and-details = Members and details
unpin-from-sidebar = Unpin from sidebar
pin-to-sidebar = Pin to top of sidebar
pin = Pin
removed-from-chat = You were removed from this chat. Its history stays here until you leave the page.
chat-not-found = Chat not found
chat-unavailable = This chat is not available
chat-unavailable-text = It does not exist, or you are not one of its members. Ask someone in it to add you.
back-to-chats = Back to chats
join-prompt = { $count ->
    [one] { $count } member. Join to read and write here.
   *[other] { $count } members. Join to read and write here.
}
channel-welcome = Welcome to #{ $name }
channel-beginning = This is the very beginning of #{ $name }.
direct-beginning = This is the beginning of your direct chat with { $name }.
group-beginning = This is the beginning of this group chat.
no-messages-yet = No messages yet — say hello below.
channel-archived-notice = #{ $name } is archived: you can read it, but nobody can write here.
message-channel = Message #{ $name }
message-chat = Message { $name }
typing-one = { $name } is typing…
typing-two = { $first } and { $second } are typing…
typing-several = Several people are typing…
home-welcome = Welcome, { $name }
home-pick = Pick a conversation on the left, or start a new one.
home-hint-jump = jumps to any chat or person
home-hint-move = moves between chats
key-alt-arrows = Alt ↑↓
home-alone = You are the only one here so far. Invite your colleagues: they get an email with a link to join.
home-invited = They appear in People once they join.
invite-your-team = Invite your team

## Search

a-chat-capital = A chat
search-placeholder = Search messages, people, channels and files
search-in-chat = In chat
search-in-any-chat = In any chat
search-from = From
search-from-anyone = From anyone
search-from-me = From me
search-from-person = From { $name }
search-from-this-person = From this person
search-after = After
search-before = Before
search-has-file = Has a file
search-start = Type a word to search every chat you are in. Use "quotes" for a phrase.
search-no-messages = No messages match. Try another form of the word, fewer words, or other filters.
search-more = More results
search-hit-in = in { $where }
search-hit-in-thread = in { $where } (thread)
search-you-are-in = you are in it
edit-empty = A message cannot be empty; delete it instead.
someone = someone

## Presence, reactions and notifications

presence-online = Online
presence-away = Away
presence-offline = Offline
presence-dnd = Do not disturb
link-copied = Link copied. Anyone who may read this chat can open it.
reaction-add = Add reaction
reactions-label = Reactions
reaction-who = { $emoji } { $count ->
    [one] { $count } reaction
   *[other] { $count } reactions
}: { $names }
reaction-you = you
reaction-more = { $count } more
reaction-search = Search emoji
reaction-recent = Recently used
reaction-all = All
notify-level-button = Notifications: { $level }
notify-level-all = All messages
notify-level-mentions = Mentions only
notify-level-none = Nothing (muted)
push-unsupported = This browser cannot show notifications from Bivouac.
push-blocked = Notifications are blocked for this site; allow them in the browser's site settings.
push-new-message = New message
notify-settings-title = Status and notifications
status-legend = Your status
status-emoji = Emoji
status-text = Status
status-placeholder = On vacation until 12 Dec
status-clear = Clear after
until-never = Don't clear
until-30m = 30 minutes
until-1h = 1 hour
until-4h = 4 hours
until-today = Today
until-week = This week
until-keep = As set before
dnd-legend = Do not disturb
dnd-label = Do not disturb
dnd-hint = Pushes are held; emails for what you missed still come.
dnd-until = Until
notify-legend = Notifications
push-label = Notifications on this device
push-hint = Direct messages, mentions and replies in threads you follow, when no Bivouac tab is in front of you.
hide-text-label = Hide message text in notifications
email-label = Email me about unread direct messages and mentions
email-hint = One email gathers everything waiting, at most once an hour.
email-off = Never
email-after = After { $minutes } minutes
quiet-label = Quiet hours
quiet-hint = No notifications between these times.
quiet-from = Quiet from
quiet-to = Quiet until
mark-unread = Mark unread from here
remind-me = Remind me…
remind-20m = In 20 minutes
remind-1h = In 1 hour
remind-3h = In 3 hours
remind-tomorrow = Tomorrow at 9:00
remind-monday = Next Monday at 9:00
remind-set = You will be reminded { $when }.
remind-title = Reminder
remind-toast = Reminder: { $preview }
remind-open = Open
