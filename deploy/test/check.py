"""The checks of the deployment test, run by deploy/test/deploy_test.sh once its app servers,
task worker and nginx are up (it passes their addresses and process ids in DEPLOY_TEST_*).

Each check prints PASS or FAIL with what it saw; the exit status is non-zero if one failed.
The checks live in checks_serving.py and checks_operations.py, their shared setup in
harness.py. Changes to the data go through ``manage.py shell -c`` with the servers' own
environment (same database, Redis and media folder), the way Wagtail and the admin make them.
"""

import sys

import checks_operations
import checks_serving
from harness import CHECKS, run

# Serving first: the operations checks pause the worker and stop an app server.
MODULES = (checks_serving, checks_operations)


def main() -> int:
    checks = [
        (name, function)
        for module in MODULES
        for name, function in CHECKS
        if function.__module__ == module.__name__
    ]
    assert len(checks) == len(CHECKS), "a check outside MODULES"
    failed = [name for name, function in checks if not run(name, function)]
    print(f"{len(checks) - len(failed)} of {len(checks)} checks passed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
