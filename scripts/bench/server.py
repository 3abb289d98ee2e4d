"""The benchmark's processes: Django commands and gunicorn (config.wsgi, production settings, 2 sync workers) on a free
loopback port, with the workers' memory and CPU time read from /proc, and single GETs to check what a URL answers."""

import http.client
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from scripts.bench.services import BenchError, free_port

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "var" / "bench"


def django_env(args, secret_key, page_cache):
    env = dict(os.environ)
    env.update({
        "DJANGO_SETTINGS_MODULE": "scripts.bench.settings",
        "SECRET_KEY": secret_key,
        "DEBUG": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": args.database_url,
        "REDIS_URL": args.redis_url,
        "PAGE_CACHE_ENABLED": "true" if page_cache else "false",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    })
    return env


def run_python(env, *arguments):
    completed = subprocess.run([sys.executable, *arguments], cwd=ROOT, env=env, check=False)
    if completed.returncode != 0:
        raise BenchError(f"{' '.join(arguments[:3])} failed with exit code {completed.returncode}")


class Gunicorn:
    """gunicorn in its own process group, stopped with the whole group."""

    def __init__(self, env, log_path, workers=2):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.command = [
            sys.executable, "-m", "gunicorn", "config.wsgi", "--workers", str(workers), "--worker-class", "sync",
            "--bind", f"127.0.0.1:{self.port}", "--no-control-socket", "--error-logfile", str(log_path),
            "--log-level", "warning", "--timeout", "60",
        ]
        self.env = env
        self.process = None

    def start(self):
        self.process = subprocess.Popen(self.command, cwd=ROOT, env=self.env, start_new_session=True,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"gunicorn exited with {self.process.returncode}; see {self.log_path}")
            try:
                if status(self.url, "/healthz")[0] == 200 and len(self.workers()) >= 2:
                    return self
            except OSError:
                pass
            time.sleep(0.3)
        raise BenchError(f"gunicorn did not answer /healthz within 60 s; see {self.log_path}")

    def workers(self):
        """Pids of the worker processes (the master's children)."""
        if self.process is None:
            return []
        pid = self.process.pid
        try:
            text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
            return [int(child) for child in text.split()]
        except OSError:
            children = []
            for entry in Path("/proc").iterdir():
                if entry.name.isdigit():
                    try:
                        stat = (entry / "stat").read_text()
                    except OSError:
                        continue
                    if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                        children.append(int(entry.name))
            return children

    def memory(self):
        """{worker pid: VmRSS in kB}"""
        result = {}
        for pid in self.workers():
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        result[pid] = int(line.split()[1])
            except OSError:
                continue
        return result

    def cpu_seconds(self):
        """CPU time (user + system) used so far by the workers, from /proc/<pid>/stat."""
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in self.workers():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
        return total / ticks

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        except ProcessLookupError:
            pass


def load_average():
    """The 1-minute load average: other processes competing for the CPUs make every number worse."""
    return f"{os.getloadavg()[0]:.1f}"


def status(server, path, headers=None):
    """(status, Location) of one GET, redirects not followed."""
    parts = urlsplit(server)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        response.read()
        return response.status, response.getheader("Location", "")
    finally:
        conn.close()
