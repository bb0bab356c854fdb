"""Requests per second of the public pages, against a true ceiling.

    .venv/bin/python bench/pages.py [--duration 10] [--connections 16] [--students 40]

Builds a demo database (bench/data/pages.sqlite3, or DATABASE_URL) with its search index,
then starts gunicorn on 127.0.0.1 (2 workers) three times and loads each page with wrk
(Debian: apt-get install wrk) for a bounded time, after a warm-up:

1. the true ceiling: a trivial view in a minimal settings module with Django's default
   middleware only (bench/ceiling_settings.py, bench/ceiling_urls.py), same worker count;
2. the site with the production settings: its /healthz/ (a trivial view through all of the
   site's middleware) and the public pages, served from the page cache;
3. the same with the page cache off (PAGE_CACHE_SECONDS=0): home, lesson index and lesson
   pages as a signed-in user or a cache miss gets them; search (never cached), one search
   after another (page=search: the time of one answer), then a class of --students behind
   one address, each searching five times at once (page=search_class: the per-address limit
   must refuse none of them, refused=0; its latency includes the queue of 200 requests).

Prints one line per page:

    page=NAME rps=X p50_ms=Y p99_ms=Z ratio=R ratio_healthz=H

where ratio is against the true ceiling (for a cached page, the ceiling measured just before
and just after it: the load of a shared machine drifts; the ceiling line is their mean) and
ratio_healthz against the site's /healthz/.
Everything it started is stopped before it exits.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _server import DATA, Gunicorn, base_env, ceiling_env, prepare_demo  # noqa: E402

LESSON = "/bai-hoc/bao-ve-thong-tin-ca-nhan/"
CACHED_PAGES = [
    ("healthz", "/healthz/"),
    ("home", "/"),
    ("lesson_index", "/bai-hoc/"),
    ("lesson", LESSON),
    ("help", "/can-giup-do/"),
    ("quiz_intro", LESSON + "cau-do/"),
]
UNCACHED_PAGES = [
    ("home_uncached", "/"),
    ("lesson_index_uncached", "/bai-hoc/"),
    ("lesson_uncached", LESSON),
]
# What pupils type: with and without diacritics, one word or several.
SEARCHES = ["mật khẩu", "mat khau", "lừa đảo", "bắt nạt", "thong tin ca nhan"]


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


def fetch(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def warm(url: str, times: int = 20) -> None:
    for _ in range(times):
        if (status := fetch(url)) != 200:
            raise RuntimeError(f"{url}: {status}")


def load(server: Gunicorn, pages, duration: int, connections: int) -> dict:
    for _, path in pages:
        warm(server.url + path)
    return {name: wrk(server.url + path, duration, connections) for name, path in pages}


def sequential_searches(server: Gunicorn, times: int = 50) -> tuple[float, float, float]:
    """One search after another, as one pupil: the server's time for one answer."""
    durations = []
    started = time.perf_counter()
    for i in range(times):
        query = urllib.parse.urlencode({"q": SEARCHES[i % len(SEARCHES)]})
        begun = time.perf_counter()
        if (status := fetch(f"{server.url}/search/?{query}")) != 200:
            raise RuntimeError(f"search answered {status}")
        durations.append(time.perf_counter() - begun)
    elapsed = time.perf_counter() - started
    ms = sorted(t * 1000 for t in durations)
    return times / elapsed, statistics.median(ms), ms[min(len(ms) - 1, int(0.99 * len(ms)))]


def class_searches(server: Gunicorn, students: int) -> tuple[tuple[float, float, float], int]:
    """``students`` threads (one address: 127.0.0.1) search five times each, all at once."""
    urls = [
        f"{server.url}/search/?{urllib.parse.urlencode({'q': SEARCHES[(s + i) % len(SEARCHES)]})}"
        for s in range(students)
        for i in range(5)
    ]
    times, statuses = [], []

    def one(url):
        started = time.perf_counter()
        status = fetch(url)
        times.append(time.perf_counter() - started)
        statuses.append(status)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=students) as pool:
        list(pool.map(one, urls))
    elapsed = time.perf_counter() - started
    ms = sorted(t * 1000 for t in times)
    p99 = ms[min(len(ms) - 1, int(0.99 * len(ms)))]
    refused = sum(status != 200 for status in statuses)
    return (len(urls) / elapsed, statistics.median(ms), p99), refused


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per page")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--students", type=int, default=40, help="searching at once")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")

    DATA.mkdir(parents=True, exist_ok=True)
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{DATA / 'pages.sqlite3'}"
    prepare_demo(database_url, search_index=True)

    bench_dir = str(Path(__file__).resolve().parent)
    ceiling_server = Gunicorn(
        ceiling_env(), app="ceiling_urls", extra_args=("--pythonpath", bench_dir)
    )
    with ceiling_server as ceiling_server, Gunicorn(base_env(database_url)) as server:
        warm(ceiling_server.url + "/healthz/")
        ceiling_runs, cached, ratios = [], {}, {}
        for _, path in CACHED_PAGES:
            warm(server.url + path)
        for name, path in CACHED_PAGES:
            # The ceiling just before and just after each page: the machine's load drifts.
            before = wrk(ceiling_server.url + "/healthz/", args.duration, args.connections)
            cached[name] = wrk(server.url + path, args.duration, args.connections)
            after = wrk(ceiling_server.url + "/healthz/", args.duration, args.connections)
            ceiling_runs += [before, after]
            ratios[name] = cached[name][0] / ((before[0] + after[0]) / 2)
    ceiling = tuple(statistics.mean(run[i] for run in ceiling_runs) for i in range(3))
    with Gunicorn(base_env(database_url, PAGE_CACHE_SECONDS="0")) as server:
        uncached = load(server, UNCACHED_PAGES, args.duration, args.connections)
        for query in SEARCHES:  # the search pages' first rendering
            warm(f"{server.url}/search/?{urllib.parse.urlencode({'q': query})}", times=2)
        search = sequential_searches(server)
        # 60 + 5 x students searches from one address: within the 300 a minute it allows.
        search_class, refused = class_searches(server, args.students)

    healthz = cached["healthz"][0]
    report("ceiling", ceiling, ceiling[0], healthz)
    for name, figures in cached.items():  # against the ceiling measured around each page
        report(name, figures, figures[0] / ratios[name], healthz)
    for name, figures in uncached.items():
        report(name, figures, ceiling[0], healthz)
    report("search", search, ceiling[0], healthz)
    report(
        "search_class",
        search_class,
        ceiling[0],
        healthz,
        f" students={args.students} refused={refused}",
    )
    if refused:
        sys.exit(f"{refused} searches refused")


def report(name: str, figures, ceiling: float, healthz: float, extra: str = "") -> None:
    rps, p50, p99 = figures
    print(
        f"page={name} rps={rps:.0f} p50_ms={p50:.2f} p99_ms={p99:.2f} "
        f"ratio={rps / ceiling:.2f} ratio_healthz={rps / healthz:.2f}{extra}",
        flush=True,
    )


if __name__ == "__main__":
    main()
