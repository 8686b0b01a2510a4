#!/usr/bin/env python3
"""Language server latency: edit → publishDiagnostics round trips of `posture lsp`.

Usage: python3 bench/lsp_latency.py [--edits 50] [--lines 2000] [--binary PATH] [--no-build]
                                    [--max-median-ms MS] [--broken]

Generates a Terraform module of about 2,000 lines (main.tf, network.tf, variables.tf), starts
`posture lsp` over stdio, opens main.tf and makes incremental edits that flip a finding on and
off. Each round trip is the time from sending `textDocument/didChange` (version v) to
receiving the `textDocument/publishDiagnostics` for main.tf at version v; the diagnostics are
checked to have changed as expected. Prints the median and p95 (and min/max). With
--max-median-ms, exits 1 when the median is above it. Target: median < 30 ms on the 2-core
development machine.

With --broken, main.tf starts with a half-typed block (`acl = ` unterminated): every lint goes
through error recovery (tree-sitter-hcl finds the intact blocks), and the edits still flip the
finding in an intact block.
"""
import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


HALF_TYPED = 'resource "aws_s3_bucket" "half" {\n  acl = \n\n'


def generate(dirname, lines, broken=False):
    """A module of roughly `lines` lines; returns main.tf's text and the line to edit."""
    variables = ['variable "name" {\n  type    = string\n  default = "bench"\n}\n']
    for i in range(20):
        variables.append(
            f'variable "public_{i}" {{\n  type    = bool\n  default = {"true" if i % 2 else "false"}\n}}\n'
        )
    network = []
    main = []
    count = 0
    i = 0
    while count < lines:
        block = [
            f'resource "aws_s3_bucket" "b{i}" {{\n  bucket = "${{var.name}}-data-{i}"\n  tags   = {{ Team = "platform", Index = "{i}" }}\n}}\n',
            f'resource "aws_s3_bucket_acl" "b{i}" {{\n  bucket = aws_s3_bucket.b{i}.id\n  acl    = "private"\n}}\n',
            f'resource "aws_ebs_volume" "v{i}" {{\n  availability_zone = "us-east-1a"\n  size              = {10 + i}\n  encrypted         = true\n}}\n',
            f'resource "aws_db_instance" "db{i}" {{\n  engine              = "postgres"\n  instance_class      = "db.t3.micro"\n  publicly_accessible = var.public_{i % 20}\n  storage_encrypted   = true\n}}\n',
        ]
        sg = (
            f'resource "aws_security_group" "sg{i}" {{\n  name        = "sg-{i}"\n  description = "tier {i}"\n'
            f'  ingress {{\n    description = "https"\n    from_port   = 443\n    to_port     = 443\n'
            f'    protocol    = "tcp"\n    cidr_blocks = ["10.{i % 250}.0.0/16"]\n  }}\n}}\n'
        )
        main.extend(block)
        network.append(sg)
        count += sum(b.count("\n") + 1 for b in block) + sg.count("\n") + 1
        i += 1
    main_text = "\n".join(main)
    if broken:
        main_text = HALF_TYPED + main_text
    with open(os.path.join(dirname, "main.tf"), "w") as f:
        f.write(main_text)
    with open(os.path.join(dirname, "network.tf"), "w") as f:
        f.write("\n".join(network))
    with open(os.path.join(dirname, "variables.tf"), "w") as f:
        f.write("\n".join(variables))
    total = count + sum(v.count("\n") + 1 for v in variables)
    # The `encrypted = true` line of the middle volume.
    lines_of = main_text.split("\n")
    target = [n for n, l in enumerate(lines_of) if l.strip() == "encrypted         = true"]
    return main_text, target[len(target) // 2], total


class Lsp:
    def __init__(self, binary):
        self.proc = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.messages = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                key, _, value = line.decode().partition(":")
                if key.lower() == "content-length":
                    length = int(value)
            self.messages.put(json.loads(out.read(length)))

    def send(self, msg):
        msg["jsonrpc"] = "2.0"
        body = json.dumps(msg).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        self.proc.stdin.flush()

    def wait(self, pred, timeout=60):
        deadline = time.monotonic() + timeout
        while True:
            m = self.messages.get(timeout=max(0.001, deadline - time.monotonic()))
            if m is None:
                sys.exit("posture lsp exited")
            if pred(m):
                return m

    def request(self, method, params):
        self.next_id += 1
        rid = self.next_id
        self.send({"id": rid, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == rid and "method" not in m)

    def notify(self, method, params):
        self.send({"method": method, "params": params})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=50)
    ap.add_argument("--lines", type=int, default=2000)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "posture"))
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--max-median-ms", type=float)
    ap.add_argument("--broken", action="store_true", help="main.tf has a half-typed block")
    args = ap.parse_args()
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "-q"], cwd=ROOT, check=True)

    with tempfile.TemporaryDirectory() as tmp:
        text, line, total = generate(tmp, args.lines, args.broken)
        path = os.path.join(tmp, "main.tf")
        uri = "file://" + urllib.parse.quote(path)
        lsp = Lsp(args.binary)
        lsp.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + urllib.parse.quote(tmp),
                                   "capabilities": {}})
        lsp.notify("initialized", {})

        def published(version):
            return lambda m: (m.get("method") == "textDocument/publishDiagnostics"
                              and m["params"]["uri"] == uri and m["params"].get("version") == version)

        start = time.perf_counter()
        lsp.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "terraform",
                                                             "version": 1, "text": text}})
        first = lsp.wait(published(1))["params"]["diagnostics"]
        open_ms = (time.perf_counter() - start) * 1000
        base = sum(1 for d in first if d.get("code") == "AWS-EBS-001")
        if args.broken and not any(d.get("message", "").startswith("HCL syntax error") for d in first):
            sys.exit("--broken: no syntax error reported")

        col = len("  encrypted         = ")
        times = []
        current = "true"
        for v in range(2, args.edits + 2):
            new = "false" if current == "true" else "true"
            change = {"range": {"start": {"line": line, "character": col},
                                "end": {"line": line, "character": col + len(current)}}, "text": new}
            t0 = time.perf_counter()
            lsp.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": v},
                                                  "contentChanges": [change]})
            diags = lsp.wait(published(v))["params"]["diagnostics"]
            times.append((time.perf_counter() - t0) * 1000)
            current = new
            ebs = sum(1 for d in diags if d.get("code") == "AWS-EBS-001")
            expected = base + (1 if new == "false" else 0)
            if ebs != expected:
                sys.exit(f"edit {v}: expected {expected} AWS-EBS-001 findings, got {ebs}")

        lsp.request("shutdown", None)
        lsp.notify("exit", None)
        code = lsp.proc.wait(timeout=10)

    times.sort()
    median = statistics.median(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
    state = "with a half-typed block, " if args.broken else ""
    print(f"module: {total} lines in 3 files ({state}{len(text) / 1e6:.2f} MB main.tf); "
          f"{len(first)} diagnostics in main.tf; open: {open_ms:.1f} ms")
    print(f"{len(times)} edits: median {median:.1f} ms, p95 {p95:.1f} ms "
          f"(min {times[0]:.1f}, max {times[-1]:.1f}); server exit code {code}")
    if code != 0:
        sys.exit(f"posture lsp exited with {code}")
    if args.max_median_ms is not None and median > args.max_median_ms:
        sys.exit(f"median {median:.1f} ms is above {args.max_median_ms} ms")


if __name__ == "__main__":
    main()
