"""Requests per second of the public pages, against the stack's own ceiling.

    .venv/bin/python bench/pages.py [--duration 10] [--connections 16]

Builds a demo database (bench/data/pages.sqlite3, or DATABASE_URL), starts gunicorn with the
production settings on 127.0.0.1 (2 workers), warms up, and loads each page with wrk
(Debian: apt-get install wrk) for a bounded time. The ceiling is /healthz/, a trivial view
through the same middleware. Prints one line per page:

    page=NAME rps=X p50_ms=Y p99_ms=Z ratio=R

then the lesson page again with the page cache off (page=lesson_uncached). Everything it
started is stopped before it exits.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _server import DATA, Gunicorn, base_env, prepare_demo  # noqa: E402

PAGES = [
    ("ceiling", "/healthz/"),
    ("home", "/"),
    ("lesson_index", "/bai-hoc/"),
    ("lesson", "/bai-hoc/bao-ve-thong-tin-ca-nhan/"),
    ("help", "/can-giup-do/"),
    ("quiz_intro", "/bai-hoc/bao-ve-thong-tin-ca-nhan/cau-do/"),
]


def wrk(url: str, duration: int, connections: int) -> tuple[float, float, float]:
    output = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
        timeout=duration + 60,
    ).stdout
    if "Non-2xx" in output:
        raise RuntimeError(f"{url} answered errors:\n{output}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))

    def percentile(name):
        value, unit = re.search(rf"{name}%\s+([\d.]+)(us|ms|s)", output).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    return rps, percentile("50"), percentile("99")


def warm(url: str, times: int = 20) -> None:
    for _ in range(times):
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
            if response.status != 200:
                raise RuntimeError(f"{url}: {response.status}")
            response.read()


def run(server_env: dict, pages, duration: int, connections: int) -> dict:
    results = {}
    with Gunicorn(server_env) as server:
        for _, path in pages:
            warm(server.url + path)
        for name, path in pages:
            results[name] = wrk(server.url + path, duration, connections)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per page")
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")

    DATA.mkdir(parents=True, exist_ok=True)
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{DATA / 'pages.sqlite3'}"
    prepare_demo(database_url)

    cached = run(base_env(database_url), PAGES, args.duration, args.connections)
    for name, figures in cached.items():
        report(name, figures, cached["ceiling"][0])

    uncached_pages = [("ceiling", "/healthz/"), ("lesson_uncached", PAGES[3][1])]
    uncached = run(
        base_env(database_url, PAGE_CACHE_SECONDS="0"),
        uncached_pages,
        args.duration,
        args.connections,
    )
    report("lesson_uncached", uncached["lesson_uncached"], uncached["ceiling"][0])


def report(name: str, figures: tuple[float, float, float], ceiling: float) -> None:
    rps, p50, p99 = figures
    print(f"page={name} rps={rps:.0f} p50_ms={p50:.2f} p99_ms={p99:.2f} ratio={rps / ceiling:.2f}")


if __name__ == "__main__":
    main()
