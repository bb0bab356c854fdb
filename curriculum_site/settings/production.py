from .base import *  # noqa: F403
from .base import SECRET_KEY, env_bool, require_secret_key

DEBUG = False
SECRET_KEY = require_secret_key(SECRET_KEY)
# Superusers and officers sign in with a second factor (core/two_factor); `make run` turns it off.
STAFF_2FA_REQUIRED = env_bool("DJANGO_STAFF_2FA_REQUIRED", True)
