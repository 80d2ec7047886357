#!/usr/bin/python3
"""Checks a received message with Python's standard MIME parser (the email package).

  check_mail.py EML [--subject TEXT] [--attachment FILE]... [--body-has TEXT]...
                    [--body-lacks TEXT]... [--newline crlf|lf]

Always checks the shape kaiji promises: RFC 5322 headers (From, To, Date,
Message-ID, MIME-Version), an RFC 2047-encoded Subject, multipart/mixed with a
UTF-8 text/plain body first, attachments in base64 with a file name.  Each
--attachment FILE must be attached under FILE's name with exactly FILE's bytes.
Prints what is wrong and exits 1, or exits 0.
"""
import argparse
import email
import email.policy
import os
import sys

p = argparse.ArgumentParser()
p.add_argument("eml")
p.add_argument("--subject")
p.add_argument("--attachment", action="append", default=[])
p.add_argument("--body-has", action="append", default=[])
p.add_argument("--body-lacks", action="append", default=[])
p.add_argument("--newline", choices=["crlf", "lf"], default="crlf")
args = p.parse_args()

raw = open(args.eml, "rb").read()
problems = []
msg = email.message_from_bytes(raw, policy=email.policy.default)

for h in ("From", "To", "Date", "Message-ID", "MIME-Version", "Subject"):
    if msg[h] is None:
        problems.append(f"no {h} header")
raw_subject = email.message_from_bytes(raw, policy=email.policy.compat32)["Subject"] or ""
if any(ord(c) > 127 for c in raw_subject) or "=?" not in raw_subject:
    problems.append(f"Subject is not RFC 2047-encoded: {raw_subject!r}")
if args.subject is not None and str(msg["Subject"]) != args.subject:
    problems.append(f"subject {str(msg['Subject'])!r}, wanted {args.subject!r}")
if not str(msg["Message-ID"] or "").startswith("<"):
    problems.append(f"odd Message-ID {msg['Message-ID']!r}")
try:
    if msg["Date"].datetime is None:
        problems.append("Date does not parse")
except Exception as e:  # noqa: BLE001 - any failure is the finding
    problems.append(f"Date does not parse: {e}")

lines = raw.split(b"\n")[:-1]
crlf = all(line.endswith(b"\r") for line in lines)
lf = not any(line.endswith(b"\r") for line in lines)
if args.newline == "crlf" and not crlf:
    problems.append("not every line ends in CRLF")
if args.newline == "lf" and not lf:
    problems.append("CR characters in a message meant for sendmail (LF only)")

if msg.get_content_type() != "multipart/mixed":
    problems.append(f"top part is {msg.get_content_type()}, not multipart/mixed")
parts = list(msg.iter_parts()) if msg.is_multipart() else []
body = ""
if not parts or parts[0].get_content_type() != "text/plain":
    problems.append("the first part is not text/plain")
else:
    if (parts[0].get_content_charset() or "").lower() != "utf-8":
        problems.append(f"body charset {parts[0].get_content_charset()!r}, not utf-8")
    body = parts[0].get_content()
for text in args.body_has:
    if text not in body:
        problems.append(f"body lacks {text!r}")
for text in args.body_lacks:
    if text in body:
        problems.append(f"body has {text!r}")

attached = {}
for part in parts[1:]:
    name = part.get_filename()
    if part.get_content_disposition() != "attachment" or not name:
        problems.append(f"part {part.get_content_type()} is not a named attachment")
        continue
    if part["Content-Transfer-Encoding"] != "base64":
        problems.append(f"{name}: not base64")
    attached[name] = part.get_payload(decode=True)
for path in args.attachment:
    name = os.path.basename(path)
    want = open(path, "rb").read()
    if name not in attached:
        problems.append(f"no attachment {name!r} (have {sorted(attached)})")
    elif attached[name] != want:
        problems.append(f"{name}: attached bytes differ from {path} "
                        f"({len(attached[name])} vs {len(want)} bytes)")

for problem in problems:
    print(f"{args.eml}: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
