# The web UI's words. Keys are kebab-case, grouped by screen.

## Start-up and pages that are not there

boot-failed = Cannot load Bivouac
try-again = Try again
not-found-title = Not found
not-found-heading = Nothing here
not-found-text = This address does not lead anywhere in Bivouac.
go-home = Go home
session-ended = Your session ended. Sign in again.
