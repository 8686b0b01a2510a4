#!/usr/bin/env python3
"""Memory and time on large single inputs: a 20 MB Terraform file and a 50 MB multi-document
Kubernetes stream, each scanned by the release binary (JSON report to /dev/null). Prints the
wall time and the peak resident set size of each scan (the child's own `ru_maxrss`, read with
os.wait4; resource.getrusage(RUSAGE_CHILDREN) gives the same for one child at a time), and the
peak per input byte, which should stay flat as inputs grow.

Usage: python3 bench/memory.py [--scale 0.5] [--binary target/release/posture]
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def terraform(size):
    out, n, i = [], 0, 0
    while n < size:
        s = (
            f'resource "aws_ebs_volume" "v{i}" {{\n  availability_zone = "us-east-1a"\n'
            f'  size = {i % 100 + 1}\n  encrypted = {"true" if i % 2 else "false"}\n'
            f'  tags = {{ Name = "volume-{i}", Team = "storage" }}\n}}\n\n'
        )
        out.append(s)
        n += len(s)
        i += 1
    return "".join(out)


def kubernetes(size):
    out, n, i = [], 0, 0
    while n < size:
        s = (
            f"---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-{i}\n"
            f"  namespace: team-{i % 20}\nspec:\n  selector:\n    matchLabels: {{app: app-{i}}}\n"
            f"  template:\n    metadata:\n      labels: {{app: app-{i}}}\n    spec:\n"
            f"      containers:\n        - name: app\n          image: example/app:1.{i % 10}\n"
            f"          securityContext:\n            privileged: {'true' if i % 7 == 0 else 'false'}\n"
        )
        out.append(s)
        n += len(s)
        i += 1
    return "".join(out)


def run(binary, path):
    """Wall seconds and peak RSS (KiB) of one scan."""
    start = time.perf_counter()
    p = subprocess.Popen(
        [binary, "scan", path, "--format", "json", "-o", os.devnull, "--exit-zero", "--no-progress"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode(errors="replace") if p.stderr else ""
    if p.returncode != 0:
        sys.exit(f"scan of {path} failed ({p.returncode}): {err[-2000:]}")
    # Linux reports ru_maxrss in KiB.
    return wall, usage.ru_maxrss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0, help="multiply the input sizes")
    ap.add_argument("--binary", default=os.path.join(root, "target", "release", "posture"))
    args = ap.parse_args()
    if args.binary == os.path.join(root, "target", "release", "posture"):
        subprocess.run(["cargo", "build", "--release", "-q"], cwd=root, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, gen, size in [
            ("big.tf", terraform, 20 << 20),
            ("stream.yaml", kubernetes, 50 << 20),
        ]:
            d = os.path.join(tmp, name.split(".")[0])
            os.makedirs(d)
            path = os.path.join(d, name)
            text = gen(int(size * args.scale))
            with open(path, "w") as f:
                f.write(text)
            del text
            wall, peak = run(args.binary, path)
            mb = os.path.getsize(path) / 1e6
            print(
                f"{name}: {mb:.1f} MB in {wall:.2f} s ({mb / wall:.1f} MB/s), "
                f"peak RSS {peak / 1024:.0f} MiB ({peak * 1024 / (mb * 1e6):.1f} bytes per input byte)"
            )
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"largest child peak (RUSAGE_CHILDREN): {children / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
