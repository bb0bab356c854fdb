"""gunicorn's access log without personal data: ``make run`` logs through this class.

gunicorn offers every request's address, user agent, referrer, query string, cookies and
headers to its access-log format. Here they are all "-", whatever the format says, and the path
keeps no token: quiz attempts are reached by a UUID in the path (``/quiz/attempt/<uuid>/``), and
a token beside an address or a user agent would tie a pupil's answers to a device. What is left
(time, method, path, status, size, duration) is enough to run the site.

No Django import: gunicorn loads this in its master process, before any app.
"""

import re

from gunicorn.glogging import Logger

# What the access-log format may use; every other atom (h, u, r, q, a, f, request and
# response headers, environ) is "-".
SAFE_ATOMS = ("t", "m", "U", "s", "H", "b", "B", "T", "D", "M", "L", "p")
TOKEN = ":token"  # noqa: S105 - what a token is replaced with, not a secret
# UUIDs (with or without dashes) and long runs of token characters (signed or random ids).
TOKEN_PATTERN = re.compile(
    r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}"
    r"|(?<![^/])[A-Za-z0-9_:]*[0-9][A-Za-z0-9_:-]{19,}(?![^/])"
)
ACCESS_LOG_FORMAT = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'


def path_without_tokens(path: str | None) -> str:
    return TOKEN_PATTERN.sub(TOKEN, path or "-")


class PrivateAccessLogger(Logger):
    """gunicorn's Logger whose access-log atoms hold no address, user agent or token."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        safe = {key: atoms.get(key, "-") for key in SAFE_ATOMS}
        safe["U"] = path_without_tokens(atoms.get("U"))
        # gunicorn wraps this in SafeAtoms, which reads any atom not here as "-".
        return safe
