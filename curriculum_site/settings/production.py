from .base import *  # noqa: F403
from .base import SECRET_KEY, require_secret_key

DEBUG = False
SECRET_KEY = require_secret_key(SECRET_KEY)
