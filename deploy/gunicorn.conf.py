"""gunicorn's settings for an app server: systemd/curriculum-web@.service and the deployment
test (test/deploy_test.sh) start it with ``-c deploy/gunicorn.conf.py --bind HOST:PORT``.

The access log is the one ``make run`` writes (core/gunicorn_log.py): time, method, path with
tokens cut, status, size and duration; no address, user agent, referrer or query string.
"""

import os

wsgi_app = "curriculum_site.wsgi"
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
accesslog = "-"
logger_class = "core.gunicorn_log.PrivateAccessLogger"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
# Several instances run on one host (one per port): no shared control socket.
control_socket_disable = True
# A request may take this long (exports of a whole province); a stop waits for running ones.
timeout = 120
graceful_timeout = 30
