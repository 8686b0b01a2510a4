#!/usr/bin/env python3
"""Scan benchmark: the Terraform corpus replicated N times, scanned by the release binary.

Usage: python3 bench/scan.py [N] [CORPUS]   (defaults: 10, ../shared/corpus/terraform)

Reports wall time (best of 5 runs), throughput in MB/s and peak resident memory. Speed targets
live here, not in timed tests.
"""
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "..", "shared", "corpus", "terraform")
binary = os.path.join(root, "target", "release", "posture")

subprocess.run(["cargo", "build", "--release", "-q"], cwd=root, check=True)
size = 0
files = 0
with tempfile.TemporaryDirectory() as tmp:
    for i in range(n):
        dst = os.path.join(tmp, f"copy{i}")
        shutil.copytree(corpus, dst)
    for dirpath, _, names in os.walk(tmp):
        for name in names:
            if name.endswith((".tf", ".tf.json", ".tfvars")):
                files += 1
                size += os.path.getsize(os.path.join(dirpath, name))
    times = []
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kb = 0
    for _ in range(5):
        start = time.perf_counter()
        # Peak RSS of the scan itself (RUSAGE_CHILDREN would include the cargo build above).
        r = subprocess.run(["/usr/bin/time", "-f", "%M", binary, "scan", tmp, "--format", "json",
                            "-o", os.devnull, "--exit-zero"], check=True, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        peak_kb = max(peak_kb, int(r.stderr.strip().splitlines()[-1]))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) / 5
best = min(times)
mb = size / 1e6
print(f"corpus x{n}: {files} files, {mb:.2f} MB")
print(f"best of 5: {best * 1000:.0f} ms, {mb / best:.1f} MB/s, peak RSS {peak_kb / 1024:.0f} MiB")
print(f"CPU time per run (user + system, both cores): {cpu * 1000:.0f} ms")
