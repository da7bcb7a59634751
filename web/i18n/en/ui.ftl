# The web UI's words. Keys are kebab-case, grouped by screen.

## Start-up and pages that are not there

boot-failed = Cannot load Bivouac
try-again = Try again
not-found-title = Not found
not-found-heading = Nothing here
not-found-text = This address does not lead anywhere in Bivouac.
go-home = Go home
session-ended = Your session ended. Sign in again.

## Presence, reactions and notifications

presence-online = Online
presence-away = Away
presence-offline = Offline
presence-dnd = Do not disturb
copy-link = Copy link to message
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
save = Save
cancel = Cancel
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
