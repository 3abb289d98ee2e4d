"""What the page benchmark needs running, and how it fails: PostgreSQL (started if it is down) and a database of its
own, Redis spoken to over a plain socket, free loopback ports; BenchError and say() for every part of scripts/bench."""

import os
import socket
import subprocess
import time
from urllib.parse import urlsplit, urlunsplit


class BenchError(Exception):
    """The benchmark itself failed (not a missed target)."""


def say(message=""):
    print(message, flush=True)


def port_open(host, port):
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex((host, port)) == 0


def ensure_postgres(url):
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 5432
    if port_open(host, port):
        return
    if host not in ("127.0.0.1", "localhost"):
        raise BenchError(f"PostgreSQL does not answer at {host}:{port}")
    versions = sorted(os.listdir("/etc/postgresql")) if os.path.isdir("/etc/postgresql") else []
    if not versions:
        raise BenchError("PostgreSQL is down and no local cluster is configured in /etc/postgresql")
    say(f"starting PostgreSQL {versions[-1]} ...")
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main", "start"], check=True)
    for __ in range(30):
        if port_open(host, port):
            return
        time.sleep(1)
    raise BenchError("PostgreSQL did not start")


def redis_command(url, *words):
    """One Redis command over a plain socket (RESP); returns the first reply line."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), timeout=5) as sock:
        database = (parts.path or "/0").lstrip("/") or "0"
        payload = b""
        for command in (("SELECT", database), words):
            payload += f"*{len(command)}\r\n".encode() + b"".join(
                f"${len(word.encode())}\r\n{word}\r\n".encode() for word in command)
        sock.sendall(payload)
        data = b""
        while data.count(b"\r\n") < 2:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    replies = data.split(b"\r\n")
    if not replies[0].startswith(b"+OK"):
        raise BenchError(f"Redis refused SELECT {database}: {replies[0]!r}")
    return replies[1].decode()


def ensure_database(url, regenerate):
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if exists and regenerate:
            say(f"dropping database {name} (--regenerate)")
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            say(f"creating database {name}")
            conn.execute(f'CREATE DATABASE "{name}"')


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
