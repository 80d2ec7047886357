#!/usr/bin/python3
"""A real SMTP server on loopback for kaiji's mail tests (Debian's python3-aiosmtpd).

Listens on 127.0.0.1 on a free port, writes the port to --port-file once it
accepts connections, and stores every message it accepts as NNN.eml (the
bytes as received) with NNN.json (envelope: sender, recipients, auth user)
in --store.  It stops on SIGTERM, or by itself after --lifetime seconds, so
a failed test never leaves it behind.

Modes for failure tests:
  --reject TEXT      answer 550 to RCPT TO addresses containing TEXT
  --tempfail         answer 451 to MAIL FROM (a temporary refusal)
  --silent           accept connections but never say a word (time-outs)
  --delay S          wait S seconds before accepting DATA (slow server)
  --gate DIR         on each DATA, create DIR/arrived-N (N = 1, 2, ...), then
                     hold the message until DIR/open exists: a test knows the
                     client is mid-delivery and decides when it may finish
  --tls CERT KEY     offer STARTTLS and require it, with AUTH PLAIN/LOGIN
  --auth USER:PASS   the only credentials accepted (with --tls)
"""
import argparse
import asyncio
import json
import os
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult


class Store:
    def __init__(self, args):
        self.args = args
        self.count = 0
        self.arrived = 0

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.args.tempfail:
            return "451 4.3.0 Mail server temporarily busy, try again later"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.args.reject and self.args.reject in address:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.args.delay:
            await asyncio.sleep(self.args.delay)
        if self.args.gate:
            self.arrived += 1
            open(os.path.join(self.args.gate, f"arrived-{self.arrived}"), "w").close()
            while not os.path.exists(os.path.join(self.args.gate, "open")):
                await asyncio.sleep(0.05)
        self.count += 1
        base = os.path.join(self.args.store, f"{self.count:03d}")
        with open(base + ".tmp", "wb") as f:
            f.write(envelope.original_content)
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "auth_user": getattr(session, "auth_data", None) and self.args.auth.split(":")[0],
            "tls": session.ssl is not None,
        }
        with open(base + ".json", "w") as f:
            json.dump(meta, f)
        os.rename(base + ".tmp", base + ".eml")
        return "250 2.0.0 Message accepted for delivery"


def authenticator(expected):
    def check(server, session, envelope, mechanism, auth_data):
        user = auth_data.login.decode() if isinstance(auth_data.login, bytes) else auth_data.login
        password = auth_data.password
        if isinstance(password, bytes):
            password = password.decode()
        ok = f"{user}:{password}" == expected
        return AuthResult(success=ok, handled=False)

    return check


async def silent(reader, writer):
    await asyncio.sleep(3600)


async def main(args):
    loop = asyncio.get_running_loop()
    if args.silent:
        server = await asyncio.start_server(silent, "127.0.0.1", 0)
    else:
        handler = Store(args)
        options = {}
        if args.tls:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(args.tls[0], args.tls[1])
            options.update(tls_context=context, require_starttls=True, auth_require_tls=True,
                           auth_required=bool(args.auth))
            if args.auth:
                options["authenticator"] = authenticator(args.auth)
        server = await loop.create_server(
            lambda: SMTP(handler, hostname="kaiji-test.invalid", **options), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    with open(args.port_file + ".tmp", "w") as f:
        f.write(f"{port}\n")
    os.rename(args.port_file + ".tmp", args.port_file)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    try:
        await asyncio.wait_for(stop.wait(), timeout=args.lifetime)
    except asyncio.TimeoutError:
        print("smtp_server: lifetime over, stopping", file=sys.stderr)
    server.close()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--port-file", required=True)
    p.add_argument("--store", required=True)
    p.add_argument("--reject")
    p.add_argument("--tempfail", action="store_true")
    p.add_argument("--silent", action="store_true")
    p.add_argument("--delay", type=float, default=0)
    p.add_argument("--gate")
    p.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    p.add_argument("--auth")
    p.add_argument("--lifetime", type=float, default=300)
    asyncio.run(main(p.parse_args()))
