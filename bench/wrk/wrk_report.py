"""Read wrk's output (run with --latency) on standard input and print its figures as KEY=VALUE
lines for the shell: requests, seconds, rps, p50_ms, p90_ms, p99_ms, max_ms, the four socket
error counts (connect, read, write, timeout), non_2xx_3xx and errors (their sum).

wrk prints the "Socket errors" and "Non-2xx or 3xx responses" lines only when a count is not
zero; a missing line means zero. Output that is not a finished wrk run exits with status 2.
Used by bench/soak.sh and deploy/replicas.sh."""
import re
import sys

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def duration_ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if match is None:
        raise ValueError(f"not a wrk duration: {text!r}")
    return float(match.group(1)) * UNITS_MS[match.group(2)]


def report(out: str) -> dict:
    figures = {}
    done = re.search(r"^\s*(\d+) requests in ([\d.]+)(us|ms|s|m),", out, re.M)
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", out, re.M)
    if done is None or rps is None:
        raise ValueError("no wrk summary in the input")
    figures["requests"] = int(done.group(1))
    figures["seconds"] = round(duration_ms(done.group(2) + done.group(3)) / 1000, 2)
    figures["rps"] = float(rps.group(1))
    for pct in ("50", "90", "99"):
        m = re.search(r"^\s*" + pct + r"%\s+(\S+)", out, re.M)
        if m is None:
            raise ValueError("no latency distribution (run wrk with --latency)")
        figures[f"p{pct}_ms"] = round(duration_ms(m.group(1)), 3)
    latency = re.search(r"^\s*Latency\s+\S+\s+\S+\s+(\S+)", out, re.M)
    figures["max_ms"] = round(duration_ms(latency.group(1)), 3) if latency else 0.0
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    for i, kind in enumerate(("connect", "read", "write", "timeout")):
        figures[f"socket_{kind}"] = int(socket.group(i + 1)) if socket else 0
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    figures["non_2xx_3xx"] = int(non2xx.group(1)) if non2xx else 0
    figures["errors"] = sum(figures[f"socket_{k}"] for k in ("connect", "read", "write", "timeout")) \
        + figures["non_2xx_3xx"]
    return figures


def main() -> int:
    try:
        figures = report(sys.stdin.read())
    except ValueError as error:
        print(f"wrk_report: {error}", file=sys.stderr)
        return 2
    for key, value in figures.items():
        print(f"{key}={value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
