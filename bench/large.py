#!/usr/bin/env python3
"""Large single inputs: a 20 MB Terraform file, a 50 MB multi-document Kubernetes stream and a
5 MB CloudFormation template, each scanned by the release binary. Reports wall time and peak
memory, to watch that both grow linearly with the input.

Usage: python3 bench/large.py
"""
import os
import subprocess
import tempfile
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = os.path.join(root, "target", "release", "posture")
subprocess.run(["cargo", "build", "--release", "-q"], cwd=root, check=True)


def terraform(size):
    out, i = [], 0
    while sum(len(x) for x in out) < size:
        out.append(
            f'resource "aws_ebs_volume" "v{i}" {{\n  availability_zone = "us-east-1a"\n'
            f'  size = {i % 100 + 1}\n  encrypted = {"true" if i % 2 else "false"}\n'
            f'  tags = {{ Name = "volume-{i}", Team = "storage" }}\n}}\n\n'
        )
        i += 1
    return "".join(out)


def kubernetes(size):
    out, i = [], 0
    while sum(len(x) for x in out) < size:
        out.append(
            f"---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-{i}\n"
            f"  namespace: team-{i % 20}\nspec:\n  selector:\n    matchLabels: {{app: app-{i}}}\n"
            f"  template:\n    metadata:\n      labels: {{app: app-{i}}}\n    spec:\n"
            f"      containers:\n        - name: app\n          image: example/app:1.{i % 10}\n"
            f"          securityContext:\n            privileged: {'true' if i % 7 == 0 else 'false'}\n"
        )
        i += 1
    return "".join(out)


def cloudformation(size):
    out = ['AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  Env: {Type: String}\n'
           'Conditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n']
    i = 0
    while sum(len(x) for x in out) < size:
        out.append(
            f"  Vol{i}:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: 10\n"
            f"      Encrypted: !If [IsProd, true, false]\n"
            f"  Bucket{i}:\n    Type: AWS::S3::Bucket\n    Properties:\n"
            f"      BucketName: !Sub \"b-${{Env}}-{i}\"\n"
        )
        i += 1
    return "".join(out)


with tempfile.TemporaryDirectory() as tmp:
    for name, text in [
        ("big.tf", terraform(20 << 20)),
        ("stream.yaml", kubernetes(50 << 20)),
        ("template.yaml", cloudformation(5 << 20)),
    ]:
        d = os.path.join(tmp, name.split(".")[0])
        os.makedirs(d)
        path = os.path.join(d, name)
        with open(path, "w") as f:
            f.write(text)
        start = time.perf_counter()
        r = subprocess.run(
            ["/usr/bin/time", "-f", "%M", binary, "scan", path, "--format", "json",
             "-o", os.devnull, "--exit-zero"],
            capture_output=True, text=True, check=True,
        )
        wall = time.perf_counter() - start
        peak = int(r.stderr.strip().splitlines()[-1])
        mb = len(text) / 1e6
        print(f"{name}: {mb:.1f} MB in {wall:.2f} s ({mb / wall:.1f} MB/s), peak RSS {peak / 1024:.0f} MiB")
