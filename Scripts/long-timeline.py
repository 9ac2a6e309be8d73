#!/usr/bin/env python3
"""long-timeline.py N [OUT]: one postmortem whose timeline has N timed entries
(one every 20 s from 2024-07-15 00:00 UTC), for the linear-growth bench."""
import datetime
import sys

def main():
    n = int(sys.argv[1])
    out = open(sys.argv[2], "w") if len(sys.argv) > 2 else sys.stdout
    start = datetime.datetime(2024, 7, 15, 0, 0, 0)
    words = ["checked", "api", "latency", "queue", "replica", "cache", "deploy", "pager", "shard", "disk"]
    lines = ["---", "title: Long timeline", "date: 2024-07-15", "severity: SEV2", "services: [api]", "---", "",
             "# Long timeline", "", "## Summary", "", "A long incident with many log lines.", "", "## Timeline", ""]
    for i in range(n):
        at = start + datetime.timedelta(seconds=20 * i)
        text = " ".join(words[(i + k) % len(words)] for k in range(3 + i % 5))
        if i == 0:
            text = "errors start on the api"
        elif i == 1:
            text = "alert fired for api errors"
        elif i == n - 1:
            text = "service restored, back to normal"
        lines.append(f"- {at:%Y-%m-%d %H:%M:%S} UTC \u2014 {text} #{i}")
    lines += ["", "## Root cause", "", "A bad deploy.", ""]
    out.write("\n".join(lines))

if __name__ == "__main__":
    main()
