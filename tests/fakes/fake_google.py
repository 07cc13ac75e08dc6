#!/usr/bin/env python3
"""Fake Google OAuth 2.0 + Calendar v3 server for Empfang's tests and demo.

Python 3 standard library only. Binds 127.0.0.1 (never all interfaces) on the given port or a
free one and prints its base URL as the first line on stdout. Point Empfang at it with

    EMPFANG_GOOGLE_AUTH_URL=<base>/o/oauth2/v2/auth  EMPFANG_GOOGLE_TOKEN_URL=<base>/token
    EMPFANG_GOOGLE_REVOKE_URL=<base>/revoke          EMPFANG_GOOGLE_API_URL=<base>/calendar/v3
    EMPFANG_GOOGLE_CLIENT_ID=<--client-id>           EMPFANG_GOOGLE_CLIENT_SECRET=<--client-secret>

(`--print-env` prints these lines after the URL.) By hand: python3 tests/fakes/fake_google.py
--port 8765 --consent-page

Google's behaviour reproduced on purpose (Google's shapes: tests/fakes/google-api/; see
docs/ARCHITECTURE.md §6):
- codes look like Google's ("4/0A…"), so they arrive percent-encoded (%2F) at the loopback;
- the token endpoint needs client_secret even with PKCE ("client_secret is missing.");
- a code is single-use; PKCE S256 is checked; redirect_uri must match;
- a refresh response has no refresh_token; after revocation refresh is invalid_grant;
- the user may untick scopes: the granted subset is in the token response's `scope`.

Control endpoints (all under /_fake/, JSON bodies):
  GET  /_fake/log          requests seen: [{method, path, query, form_keys, grant_type, auth
                           ("basic"/"bearer"/"none", never a value), token_type_hint}]
  GET  /_fake/tokens       every code, access and refresh token issued (tests scan for leaks)
  POST /_fake/reset        forget log, tokens and faults; config back to the command line's
  POST /_fake/config       {"grant_scopes": [...], "access_denied": bool, "consent_page": bool,
                            "expires_in": n, "pkce_mismatch": bool, "extra_scopes": [...]
                            (granted beyond the request), "omit_refresh_token": bool,
                            "token_overrides": {...} (fields replaced in the code exchange)}
  POST /_fake/scope        {"scope": "..."} the permissions of every refresh token change
  POST /_fake/fault        {"endpoint": "token"|"revoke"|"auth"|"calendarList"|"*",
                            "count": n, "status": 500, "reason": "backendError",
                            "body": {...} (verbatim), "delay_ms": n, "drop": bool,
                             "malformed": bool, "headers": {"Retry-After": "3"} (sent with
                             "status"), "swallow": bool (answer 204, change nothing),
                             "redirect": URL (answers `status`, default 307, with Location:
                             URL), "trickle": bool (one byte a second), "huge_mb": n (a body of
                             n MiB)}; {"clear": true} drops every pending fault
  POST /_fake/revoke       {"token": optional} revoke in "the Google account" (all if absent)
  POST /_fake/expire       expire every access token (next API call answers 401)
  POST /_fake/grant        {"scope": optional} a refresh token as if OAuth had run (seeding)
  POST /_fake/calendars    {"id", "summary", "accessRole"} add a calendar to the account
  POST /_fake/events       {"calendar", "event"} put an event in as the practitioner would
                           (a "foreign" private appointment, or a move of one of ours)
  POST /_fake/events/delete {"calendar", "id"} delete an event as the practitioner would
  GET  /_fake/events?calendar=ID  every event of a calendar, deleted ones included
  GET  /_fake/inserts      {event id: successful events.insert count} (exactly-once checks)
With --state-file PATH the account (refresh tokens, calendars, events, insert counts) survives a
restart on the same port, like Google's side of an outage: tests stop and restart the fake.
Calendar API: freeBusy (computed from the events: transparent = free, all-day busy unless
transparent, cancelled ignored; per-calendar errors via config {"freebusy_errors": {id: reason}};
more than 50 items get tooManyCalendarsRequested), events insert/get/patch/delete/list with
etags, 409 duplicate, 412 conditionNotMet, 410 deleted, privateExtendedProperty filter; request
bodies checked against the discovery document (unknown fields → 400). Fault endpoints:
"freeBusy", "events.insert", "events.get", "events.patch", "events.delete", "events.list";
{"lose_response": true} carries the request out and then drops the connection.
"""

import argparse
import base64
import datetime
import io
import os
import hashlib
import html
import json
import re
import secrets
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from zoneinfo import ZoneInfo

SCOPE_EVENTS = "https://www.googleapis.com/auth/calendar.events"
SCOPE_READONLY = "https://www.googleapis.com/auth/calendar.readonly"
READ_SCOPES = {SCOPE_READONLY, "https://www.googleapis.com/auth/calendar"}

# Error reasons of the Calendar API with Google's messages (errors/google_doc_*.json).
API_ERRORS = {
    "backendError": ("global", "Backend Error"),
    "rateLimitExceeded": ("usageLimits", "Rate Limit Exceeded"),
    "userRateLimitExceeded": ("usageLimits", "User Rate Limit Exceeded"),
    "authError": ("global", "Invalid Credentials"),
    "notFound": ("global", "Not Found"),
    "insufficientPermissions": ("global", "Insufficient Permission"),
}


def api_error(status, reason):
    domain, message = API_ERRORS.get(reason, ("global", reason))
    err = {"domain": domain, "reason": reason, "message": message}
    if reason == "authError":
        err.update({"locationType": "header", "location": "Authorization"})
    return {"error": {"errors": [err], "code": status, "message": message}}


def api_error_412():
    return {"error": {"errors": [{"domain": "global", "reason": "conditionNotMet",
                                  "message": "Precondition Failed", "locationType": "header",
                                  "location": "If-Match"}],
                      "code": 412, "message": "Precondition Failed"}}


def oauth_error(error, description):
    return {"error": error, "error_description": description}


def random_token(prefix, nbytes=32):
    return prefix + base64.urlsafe_b64encode(secrets.token_bytes(nbytes)).decode().rstrip("=")


DISCOVERY_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "google-api",
                              "calendar.v3.discovery.json")
BASE32HEX = set("0123456789abcdefghijklmnopqrstuv")


def load_schemas():
    with open(DISCOVERY_PATH, encoding="utf-8") as f:
        return json.load(f)["schemas"]


SCHEMAS = load_schemas()


def schema_errors(value, schema, path):
    """Fields the discovery document does not allow, as Google rejects them (400)."""
    if "$ref" in schema:
        schema = SCHEMAS[schema["$ref"]]
    kind = schema.get("type")
    if kind == "object":
        if not isinstance(value, dict):
            return ["%s: not an object" % path]
        errors = []
        props = schema.get("properties", {})
        for key, v in value.items():
            if key in props:
                errors += schema_errors(v, props[key], path + "." + key)
            elif "additionalProperties" in schema:
                errors += schema_errors(v, schema["additionalProperties"], path + "." + key)
            else:
                errors.append('Invalid JSON payload received. Unknown name "%s" at \'%s\'.'
                              % (key, path))
        return errors
    if kind == "string" and not isinstance(value, str):
        return ["%s: not a string" % path]
    if kind == "array":
        if not isinstance(value, list):
            return ["%s: not an array" % path]
        return [e for v in value for e in schema_errors(v, schema.get("items", {}), path)]
    if kind == "boolean" and not isinstance(value, bool):
        return ["%s: not a boolean" % path]
    if kind == "integer" and not isinstance(value, int):
        return ["%s: not an integer" % path]
    return []


def parse_time(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def rfc3339(dt):
    return dt.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class CalendarStore:
    """The one Google account behind the fake: calendars and their events."""

    def __init__(self):
        self.calendars = [
            {"kind": "calendar#calendarListEntry", "id": "praxis.test@gmail.com",
             "summary": "praxis.test@gmail.com", "timeZone": "Europe/Berlin",
             "accessRole": "owner", "primary": True},
            {"kind": "calendar#calendarListEntry",
             "id": "c_privat1234@group.calendar.google.com", "summary": "Privat",
             "timeZone": "Europe/Berlin", "accessRole": "owner"},
        ]
        self.events = {}  # calendar id -> {event id -> event}
        self.etag_counter = 3044897856406000

    def resolve(self, calendar_id):
        if calendar_id == "primary":
            return self.calendars[0]["id"]
        return calendar_id if any(c["id"] == calendar_id for c in self.calendars) else None

    def next_etag(self):
        self.etag_counter += 1000
        return '"%d"' % self.etag_counter

    def put(self, calendar, event):
        now = rfc3339(datetime.datetime.now(datetime.timezone.utc))
        event = dict(event)
        event.setdefault("id", secrets.token_hex(13))
        event.setdefault("status", "confirmed")
        event["kind"] = "calendar#event"
        event["etag"] = self.next_etag()
        event["updated"] = now
        event.setdefault("created", now)
        self.events.setdefault(calendar, {})[event["id"]] = event
        return event

    def span(self, event, zone):
        def edge(e):
            if "dateTime" in e:
                return parse_time(e["dateTime"])
            day = datetime.date.fromisoformat(e["date"])
            return datetime.datetime(day.year, day.month, day.day, tzinfo=zone)
        return edge(event["start"]), edge(event["end"])

    def busy(self, calendar, tmin, tmax):
        zone = ZoneInfo(next(c.get("timeZone", "UTC") for c in self.calendars
                             if c["id"] == calendar))
        spans = []
        for e in self.events.get(calendar, {}).values():
            if e.get("status") == "cancelled" or e.get("transparency") == "transparent":
                continue
            start, end = self.span(e, zone)
            start, end = max(start, tmin), min(end, tmax)
            if start < end:
                spans.append([start, end])
        spans.sort()
        merged = []
        for start, end in spans:  # Google merges overlapping busy periods
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return [{"start": rfc3339(a), "end": rfc3339(b)} for a, b in merged]


class State:
    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        a = self.args
        self.config = {
            "grant_scopes": a.grant_scopes.split() if a.grant_scopes else None,
            "access_denied": a.access_denied,
            "consent_page": a.consent_page,
            "expires_in": a.expires_in,
            "pkce_mismatch": False,
        }
        self.log = []
        self.codes = {}  # code -> dict(client_id, redirect_uri, challenge, method, scope, used)
        self.refresh_tokens = {}  # token -> dict(scope, revoked)
        self.access_tokens = {}  # token -> dict(scope, refresh, expires_at, revoked)
        self.faults = []  # dicts with endpoint, count, ...
        self.calendar = CalendarStore()
        self.inserts = {}  # event id -> successful inserts (must never exceed 1)

    def save(self):
        """Writes what Google would keep across an outage (call with the lock held)."""
        path = self.args.state_file
        if not path:
            return
        data = {"refresh_tokens": self.refresh_tokens, "calendars": self.calendar.calendars,
                "events": self.calendar.events, "etag": self.calendar.etag_counter,
                "inserts": self.inserts}
        with open(path + ".tmp", "w") as f:
            json.dump(data, f)
        os.replace(path + ".tmp", path)

    def load(self):
        path = self.args.state_file
        if not path or not os.path.exists(path):
            return
        with open(path) as f:
            data = json.load(f)
        self.refresh_tokens = data["refresh_tokens"]
        self.calendar.calendars = data["calendars"]
        self.calendar.events = data["events"]
        self.calendar.etag_counter = data["etag"]
        self.inserts = data["inserts"]

    def take_fault(self, endpoint):
        with self.lock:
            for f in self.faults:
                if f["endpoint"] in (endpoint, "*") and f["count"] > 0:
                    f["count"] -= 1
                    return dict(f)
        return None


class Handler(BaseHTTPRequestHandler):
    server_version = "FakeGoogle/1.0"
    protocol_version = "HTTP/1.1"

    # ---- plumbing -------------------------------------------------------------------------
    @property
    def st(self):
        return self.server.state

    def log_message(self, fmt, *args):  # keep stdout clean: line 1 is the URL
        if self.server.verbose:
            sys.stderr.write("fake_google: " + (fmt % args) + "\n")

    def send_json(self, status, obj, headers=None):
        self.send_body(status, json.dumps(obj, indent=2).encode(), "application/json; charset=UTF-8",
                       headers)

    def send_body(self, status, body, ctype, headers=None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def form(self, body):
        return {k: v[-1] for k, v in urllib.parse.parse_qs(body.decode(), keep_blank_values=True).items()}

    def auth_kind(self):
        auth = self.headers.get("Authorization", "")
        return auth.split(" ", 1)[0].lower() if auth else "none"

    def bearer(self):
        auth = self.headers.get("Authorization", "")
        return auth[len("Bearer "):] if auth.startswith("Bearer ") else None

    def dispatch(self, method):
        url = urllib.parse.urlsplit(self.path)
        query = {k: v[-1] for k, v in urllib.parse.parse_qs(url.query, keep_blank_values=True).items()}
        body = self.read_body() if method in ("POST", "PUT", "PATCH") else b""
        ctype = self.headers.get("Content-Type", "")
        form = self.form(body) if "x-www-form-urlencoded" in ctype else {}
        handler, endpoint, params = self.route(method, url.path)
        if not url.path.startswith("/_fake/"):
            with self.st.lock:
                # Names of form fields only, never values: the log is itself scanned for tokens.
                self.st.log.append({"method": method, "path": url.path,
                                    "query": sorted(k for k in query if k != "token"),
                                    "form_keys": sorted(form), "grant_type": form.get("grant_type"),
                                    "auth": self.auth_kind(),
                                    "token_type_hint": form.get("token_type_hint"),
                                    "endpoint": endpoint, "at": time.time(),
                                    "event": params.get("event"),
                                    "calendar": params.get("calendar"),
                                    "private_filter": query.get("privateExtendedProperty"),
                                    "insert_id": self.insert_id(endpoint, body)})
        if handler is None:
            return self.send_json(404, api_error(404, "notFound"))
        fault = self.st.take_fault(endpoint) if endpoint else None
        if fault:
            if fault.get("delay_ms"):
                time.sleep(fault["delay_ms"] / 1000.0)
            if fault.get("drop"):
                self.close_connection = True
                self.connection.shutdown(2)
                return None
            if fault.get("malformed"):
                return self.send_body(200, b'{"access_token": "trunc', "application/json")
            if fault.get("redirect"):
                # Another origin in Location: a client that follows re-sends what it sent here.
                self.send_response(int(fault.get("status") or 307))
                self.send_header("Location", fault["redirect"])
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            if fault.get("trickle"):
                # A valid-looking answer, one byte a second: only an overall deadline ends it.
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "4000")  # small: only the time is wrong
                self.end_headers()
                try:
                    for _ in range(4000):
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        time.sleep(1)
                except OSError:
                    pass
                self.close_connection = True
                return None
            if fault.get("huge_mb"):
                # A body far beyond any real answer, announced or not (chunk-less, then close).
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                if fault.get("announce", True):
                    self.send_header("Content-Length", str(int(fault["huge_mb"]) << 20))
                self.send_header("Connection", "close")
                self.end_headers()
                chunk = b"[" + b"0," * (1 << 19)
                sent = 0
                try:
                    while sent < int(fault["huge_mb"]) << 20:
                        self.wfile.write(chunk)
                        sent += len(chunk)
                except OSError:
                    pass
                self.close_connection = True
                return None
            if fault.get("lose_response"):
                # Carried out, answer lost on the way back (a dropped connection after commit).
                real, self.wfile = self.wfile, io.BytesIO()
                handler(self, query=query, form=form, body=body, **params)
                self.wfile = real
                self.close_connection = True
                self.connection.shutdown(2)
                return None
            if fault.get("swallow"):
                # Answered as done but not carried out: the event stays live (a delete lost
                # inside Google, or undone there) — what reconciliation has to notice.
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            if fault.get("status"):
                status = int(fault["status"])
                body_obj = fault.get("body") or api_error(status, fault.get("reason", "backendError"))
                return self.send_json(status, body_obj, fault.get("headers"))
        return handler(self, query=query, form=form, body=body, **params)

    @staticmethod
    def insert_id(endpoint, body):
        if endpoint != "events.insert":
            return None
        try:
            return json.loads(body or b"{}").get("id")
        except (ValueError, AttributeError):
            return None

    def do_GET(self):
        self.dispatch("GET")

    def do_POST(self):
        self.dispatch("POST")
        self.persist()

    def persist(self):
        with self.st.lock:
            self.st.save()

    def do_DELETE(self):
        self.dispatch("DELETE")
        self.persist()

    def do_PATCH(self):
        self.dispatch("PATCH")
        self.persist()

    def do_PUT(self):
        self.dispatch("PUT")

    def route(self, method, path):
        for (m, pattern, endpoint, func) in ROUTES:
            if m == method:
                match = re.fullmatch(pattern, path)
                if match:
                    return func, endpoint, match.groupdict()
        return None, None, {}

    # ---- OAuth ----------------------------------------------------------------------------
    def auth(self, query, **_):
        cfg = self.st.config
        if query.get("client_id") != self.server.client_id:
            return self.send_body(401, b"<h1>Error 401: invalid_client</h1><p>The OAuth client was "
                                  b"not found.</p>", "text/html; charset=utf-8")
        redirect_uri = query.get("redirect_uri", "")
        parsed = urllib.parse.urlsplit(redirect_uri)
        if parsed.scheme != "http" or parsed.hostname not in ("127.0.0.1", "localhost", "::1"):
            return self.send_body(400, b"<h1>Error 400: redirect_uri_mismatch</h1>",
                                  "text/html; charset=utf-8")
        if query.get("response_type") != "code":
            return self.send_body(400, b"<h1>Error 400: unsupported_response_type</h1>",
                                  "text/html; charset=utf-8")
        requested = query.get("scope", "").split()
        if cfg["access_denied"]:
            return self.redirect(self.with_query(redirect_uri, {"error": "access_denied",
                                                                "state": query.get("state")}))
        if cfg["consent_page"]:
            return self.consent_page(query, requested)
        granted = requested if cfg["grant_scopes"] is None else [
            s for s in requested if s in cfg["grant_scopes"]]
        self.issue_code(query, granted + list(cfg.get("extra_scopes") or []))

    def consent_page(self, query, requested):
        hidden = "".join('<input type="hidden" name="%s" value="%s">' % (html.escape(k), html.escape(v))
                         for k, v in query.items())
        boxes = "".join('<p><label><input type="checkbox" name="grant" value="%s" checked> %s'
                        '</label></p>' % (html.escape(s), html.escape(s)) for s in requested)
        page = ('<!DOCTYPE html><html lang="de"><meta charset="utf-8"><title>Fake Google</title>'
                '<h1>Fake Google: Zugriff erlauben?</h1><p>Empfang möchte auf Ihr Google-Konto '
                'zugreifen.</p><form method="post" action="/o/oauth2/v2/auth/consent">%s%s'
                '<button name="decision" value="allow">Zulassen</button> '
                '<button name="decision" value="deny">Abbrechen</button></form>') % (hidden, boxes)
        self.send_body(200, page.encode(), "text/html; charset=utf-8")

    def consent(self, body, **_):
        fields = urllib.parse.parse_qs(body.decode())
        query = {k: v[-1] for k, v in fields.items() if k not in ("grant", "decision")}
        if fields.get("decision", ["deny"])[-1] != "allow":
            return self.redirect(self.with_query(query.get("redirect_uri", ""),
                                                 {"error": "access_denied", "state": query.get("state")}))
        self.issue_code(query, fields.get("grant", []))

    def issue_code(self, query, granted):
        code = random_token("4/0A", 40)  # contains '/' like Google's: arrives as %2F
        challenge = query.get("code_challenge")
        if self.st.config["pkce_mismatch"] and challenge:
            # A different first character; "x" alone left 1 challenge in 64 unchanged.
            challenge = ("y" if challenge[0] == "x" else "x") + challenge[1:]
        with self.st.lock:
            self.st.codes[code] = {"client_id": query.get("client_id"),
                                   "redirect_uri": query.get("redirect_uri"),
                                   "challenge": challenge,
                                   "method": query.get("code_challenge_method", "plain"),
                                   "scope": " ".join(granted), "used": False}
        params = {"code": code, "scope": " ".join(granted), "authuser": "0", "prompt": "consent"}
        if query.get("state") is not None:
            params = {"state": query["state"], **params}
        self.redirect(self.with_query(query.get("redirect_uri", ""), params))

    @staticmethod
    def with_query(url, params):
        parts = urllib.parse.urlsplit(url)
        extra = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None},
                                       quote_via=urllib.parse.quote, safe="")
        q = parts.query + ("&" if parts.query else "") + extra
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, q, parts.fragment))

    def token(self, form, **_):
        grant = form.get("grant_type")
        if grant not in ("authorization_code", "refresh_token"):
            return self.send_json(400, oauth_error("unsupported_grant_type",
                                                   "Invalid grant_type: %s" % (grant or "")))
        if form.get("client_id") != self.server.client_id:
            return self.send_json(401, oauth_error("invalid_client", "The OAuth client was not found."))
        if "client_secret" not in form:
            return self.send_json(400, oauth_error("invalid_request", "client_secret is missing."))
        if form["client_secret"] != self.server.client_secret:
            return self.send_json(401, oauth_error("invalid_client", "Unauthorized"))
        if grant == "authorization_code":
            return self.exchange_code(form)
        return self.refresh(form)

    def exchange_code(self, form):
        with self.st.lock:
            entry = self.st.codes.get(form.get("code", ""))
            if entry is None:
                return self.send_json(400, oauth_error("invalid_grant", "Malformed auth code."))
            if entry["used"]:
                return self.send_json(400, oauth_error("invalid_grant", "Code was already redeemed."))
            entry["used"] = True
        if form.get("redirect_uri") != entry["redirect_uri"]:
            return self.send_json(400, oauth_error("redirect_uri_mismatch", "Bad Request"))
        if entry["challenge"]:
            verifier = form.get("code_verifier")
            if not verifier:
                return self.send_json(400, oauth_error("invalid_grant", "Missing code verifier."))
            if entry["method"] == "S256":
                computed = base64.urlsafe_b64encode(
                    hashlib.sha256(verifier.encode("ascii")).digest()).decode().rstrip("=")
            else:
                computed = verifier
            if computed != entry["challenge"]:
                return self.send_json(400, oauth_error("invalid_grant", "Invalid code verifier."))
        refresh = random_token("1//0g", 48)
        access, expires_in = self.new_access(refresh, entry["scope"])
        with self.st.lock:
            self.st.refresh_tokens[refresh] = {"scope": entry["scope"], "revoked": False}
        answer = {"access_token": access, "expires_in": expires_in, "refresh_token": refresh,
                  "scope": entry["scope"], "token_type": "Bearer"}
        if self.st.config.get("omit_refresh_token"):
            del answer["refresh_token"]
        answer.update(self.st.config.get("token_overrides") or {})
        self.send_json(200, answer)

    def new_access(self, refresh, scope):
        access = random_token("ya29.a0", 48)
        expires_in = int(self.st.config["expires_in"])
        with self.st.lock:
            self.st.access_tokens[access] = {"scope": scope, "refresh": refresh, "revoked": False,
                                             "expires_at": time.time() + expires_in}
        return access, expires_in

    def refresh(self, form):
        with self.st.lock:
            entry = self.st.refresh_tokens.get(form.get("refresh_token", ""))
        if entry is None or entry["revoked"]:
            return self.send_json(400, oauth_error("invalid_grant", "Token has been expired or revoked."))
        access, expires_in = self.new_access(form["refresh_token"], entry["scope"])
        self.send_json(200, {"access_token": access, "expires_in": expires_in,
                             "scope": entry["scope"], "token_type": "Bearer"})

    def revoke_tokens(self, token):
        """Revokes a refresh token (with its access tokens) or an access token (with its
        refresh token, as Google does). Returns False for an unknown token."""
        with self.st.lock:
            refresh = None
            if token in self.st.refresh_tokens:
                refresh = token
            elif token in self.st.access_tokens:
                refresh = self.st.access_tokens[token]["refresh"]
            else:
                return False
            if refresh in self.st.refresh_tokens:
                self.st.refresh_tokens[refresh]["revoked"] = True
            for a in self.st.access_tokens.values():
                if a["refresh"] == refresh:
                    a["revoked"] = True
            return True

    def revoke(self, query, form, **_):
        token = form.get("token") or query.get("token")
        if not token or not self.revoke_tokens(token):
            return self.send_json(400, oauth_error("invalid_token", "Token expired or revoked"))
        self.send_json(200, {})

    # ---- Calendar API ---------------------------------------------------------------------
    def authorized(self, need_any):
        """Returns the access-token entry, or None after answering 401/403."""
        token = self.bearer()
        with self.st.lock:
            entry = self.st.access_tokens.get(token) if token else None
        if entry is None or entry["revoked"] or entry["expires_at"] < time.time():
            self.send_json(401, api_error(401, "authError"), {"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'})
            return None
        if need_any and not (set(entry["scope"].split()) & need_any):
            self.send_json(403, {"error": {"code": 403, "message": "Request had insufficient authentication scopes.",
                                           "errors": [{"message": "Insufficient Permission", "domain": "global",
                                                       "reason": "insufficientPermissions"}],
                                           "status": "PERMISSION_DENIED"}})
            return None
        return entry

    def calendar_list(self, **_):
        if self.authorized(READ_SCOPES) is None:
            return None
        self.send_json(200, {"kind": "calendar#calendarList", "etag": '"p33c9lgfsr2sou0o"',
                             "nextSyncToken": "CPDAlvWDx70CEhxwcmF4aXMudGVzdEBnbWFpbC5jb20=",
                             "items": self.st.calendar.calendars})

    WRITE_SCOPES = {SCOPE_EVENTS, "https://www.googleapis.com/auth/calendar"}

    def api_fail(self, status, reason, message=None):
        body = api_error(status, reason)
        if message:
            body["error"]["message"] = message
            body["error"]["errors"][0]["message"] = message
        self.send_json(status, body)

    def json_body(self, body, schema):
        """The parsed body, or None after a 400 like Google's for bad JSON / unknown fields."""
        try:
            obj = json.loads(body.decode() or "{}")
        except ValueError:
            self.api_fail(400, "parseError", "Parse Error")
            return None
        errors = schema_errors(obj, {"$ref": schema}, schema)
        if errors:
            self.api_fail(400, "invalid", errors[0])
            return None
        return obj

    def calendar_or_404(self, calendar):
        resolved = self.st.calendar.resolve(urllib.parse.unquote(calendar))
        if resolved is None:
            self.api_fail(404, "notFound")
        return resolved

    def free_busy(self, body, **_):
        if self.authorized(READ_SCOPES) is None:
            return None
        req = self.json_body(body, "FreeBusyRequest")
        if req is None:
            return None
        if "timeMin" not in req or "timeMax" not in req:
            return self.api_fail(400, "required", "Missing time range.")
        try:
            tmin, tmax = parse_time(req["timeMin"]), parse_time(req["timeMax"])
        except ValueError:
            return self.api_fail(400, "invalid", "Bad Request")
        if tmax <= tmin:
            return self.api_fail(400, "timeRangeEmpty", "The specified time range is empty.")
        errors_cfg = self.st.config.get("freebusy_errors") or {}
        calendars = {}
        with self.st.lock:
            for i, item in enumerate(req.get("items", [])):
                cid = item.get("id", "")
                resolved = self.st.calendar.resolve(cid)
                if i >= 50:
                    calendars[cid] = {"errors": [{"domain": "calendar",
                                                  "reason": "tooManyCalendarsRequested"}],
                                      "busy": []}
                elif cid in errors_cfg:
                    calendars[cid] = {"errors": [{"domain": "global", "reason": errors_cfg[cid]}],
                                      "busy": []}
                elif resolved is None:
                    calendars[cid] = {"errors": [{"domain": "global", "reason": "notFound"}],
                                      "busy": []}
                else:
                    calendars[cid] = {"busy": self.st.calendar.busy(resolved, tmin, tmax)}
        self.send_json(200, {"kind": "calendar#freeBusy", "timeMin": rfc3339(tmin),
                             "timeMax": rfc3339(tmax), "calendars": calendars})

    def event_insert(self, calendar, body, **_):
        if self.authorized(self.WRITE_SCOPES) is None:
            return None
        cal = self.calendar_or_404(calendar)
        if cal is None:
            return None
        event = self.json_body(body, "Event")
        if event is None:
            return None
        if "start" not in event or "end" not in event:
            return self.api_fail(400, "required", "Missing end time.")
        eid = event.get("id")
        if eid is not None and not (5 <= len(eid) <= 1024 and set(eid) <= BASE32HEX):
            return self.api_fail(400, "invalid", "Invalid resource id value.")
        with self.st.lock:
            if eid is not None and eid in self.st.calendar.events.get(cal, {}):
                # Also for deleted events: Google never hands out an id twice in a calendar.
                return self.api_fail(409, "duplicate", "The requested identifier already exists.")
            stored = self.st.calendar.put(cal, event)
            self.st.inserts[stored["id"]] = self.st.inserts.get(stored["id"], 0) + 1
        self.send_json(200, stored)

    def find_event(self, calendar, event):
        cal = self.calendar_or_404(calendar)
        if cal is None:
            return None, None
        with self.st.lock:
            found = self.st.calendar.events.get(cal, {}).get(event)
        if found is None:
            self.api_fail(404, "notFound")
        return cal, found

    def event_get(self, calendar, event, **_):
        if self.authorized(READ_SCOPES | self.WRITE_SCOPES) is None:
            return None
        _, found = self.find_event(calendar, event)
        if found is not None:
            self.send_json(200, found)

    def event_patch(self, calendar, event, body, **_):
        if self.authorized(self.WRITE_SCOPES) is None:
            return None
        cal, found = self.find_event(calendar, event)
        if found is None:
            return None
        patch = self.json_body(body, "Event")
        if patch is None:
            return None
        if found.get("status") == "cancelled":
            return self.api_fail(410, "deleted", "Resource has been deleted")
        if_match = self.headers.get("If-Match")
        if if_match and if_match != found["etag"]:
            return self.send_json(412, api_error_412())
        with self.st.lock:
            merged = dict(found)
            for k, v in patch.items():
                if k == "extendedProperties":
                    ext = json.loads(json.dumps(found.get("extendedProperties", {})))
                    for scope, props in v.items():
                        ext.setdefault(scope, {}).update(props)
                    merged[k] = ext
                else:
                    merged[k] = v
            stored = self.st.calendar.put(cal, merged)
        self.send_json(200, stored)

    def event_delete(self, calendar, event, **_):
        if self.authorized(self.WRITE_SCOPES) is None:
            return None
        _, found = self.find_event(calendar, event)
        if found is None:
            return None
        if found.get("status") == "cancelled":
            return self.api_fail(410, "deleted", "Resource has been deleted")
        with self.st.lock:
            found["status"] = "cancelled"
            found["etag"] = self.st.calendar.next_etag()
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def event_list(self, calendar, query, **_):
        if self.authorized(READ_SCOPES | self.WRITE_SCOPES) is None:
            return None
        cal = self.calendar_or_404(calendar)
        if cal is None:
            return None
        wanted = []
        for constraint in urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).get(
                "privateExtendedProperty", []):
            name, _, value = constraint.partition("=")
            wanted.append((name, value))
        try:
            tmin = parse_time(query["timeMin"]) if "timeMin" in query else None
            tmax = parse_time(query["timeMax"]) if "timeMax" in query else None
        except ValueError:  # e.g. an unencoded '+' that arrived as a space
            return self.api_fail(400, "invalid", "Bad Request")
        show_deleted = query.get("showDeleted") == "true"
        zone = ZoneInfo("Europe/Berlin")
        with self.st.lock:
            items = []
            for e in self.st.calendar.events.get(cal, {}).values():
                if e.get("status") == "cancelled" and not show_deleted:
                    continue
                private = e.get("extendedProperties", {}).get("private", {})
                if any(private.get(n) != v for n, v in wanted):
                    continue
                start, end = self.st.calendar.span(e, zone)
                if (tmax and start >= tmax) or (tmin and end <= tmin):
                    continue
                items.append(e)
        size = int(query.get("maxResults", "250"))
        offset = int(query.get("pageToken", "0") or 0)
        page = {"kind": "calendar#events", "items": items[offset:offset + size]}
        if offset + size < len(items):
            page["nextPageToken"] = str(offset + size)
        else:
            page["nextSyncToken"] = "sync-" + secrets.token_hex(4)
        self.send_json(200, page)

    # ---- control --------------------------------------------------------------------------
    def fake_log(self, **_):
        with self.st.lock:
            self.send_json(200, list(self.st.log))

    def fake_tokens(self, **_):
        with self.st.lock:
            self.send_json(200, {"codes": list(self.st.codes), "access_tokens": list(self.st.access_tokens),
                                 "refresh_tokens": list(self.st.refresh_tokens)})

    def fake_json(self, body):
        try:
            return json.loads(body.decode() or "{}")
        except ValueError:
            return {}

    def fake_reset(self, **_):
        with self.st.lock:
            self.st.reset()
        self.send_json(200, {})

    def fake_config(self, body, **_):
        with self.st.lock:
            self.st.config.update(self.fake_json(body))
            cfg = dict(self.st.config)
        self.send_json(200, cfg)

    def fake_fault(self, body, **_):
        fault = {"endpoint": "*", "count": 1}
        fault.update(self.fake_json(body))
        if fault.get("clear"):
            # An outage that ends (faults with a huge count) without forgetting tokens (reset).
            with self.st.lock:
                self.st.faults = []
            return self.send_json(200, {})
        with self.st.lock:
            self.st.faults.append(fault)
        self.send_json(200, fault)

    def fake_revoke(self, body, **_):
        token = self.fake_json(body).get("token")
        if token:
            self.revoke_tokens(token)
        else:
            for t in list(self.st.refresh_tokens):
                self.revoke_tokens(t)
        self.send_json(200, {})

    def fake_grant(self, body, **_):
        scope = self.fake_json(body).get("scope") or (SCOPE_EVENTS + " " + SCOPE_READONLY)
        refresh = random_token("1//0g", 48)
        with self.st.lock:
            self.st.refresh_tokens[refresh] = {"scope": scope, "revoked": False}
        self.send_json(200, {"refresh_token": refresh})

    def fake_calendars(self, body, **_):
        cal = {"kind": "calendar#calendarListEntry", "timeZone": "Europe/Berlin",
               "accessRole": "owner"}
        cal.update(self.fake_json(body))
        cal.setdefault("summary", cal["id"])
        with self.st.lock:
            self.st.calendar.calendars.append(cal)
        self.send_json(200, cal)

    def fake_put_event(self, body, **_):
        req = self.fake_json(body)
        cal = self.st.calendar.resolve(req.get("calendar", "primary"))
        with self.st.lock:
            old = self.st.calendar.events.get(cal, {}).get(req["event"].get("id"), {})
            stored = self.st.calendar.put(cal, {**old, **req["event"]})
        self.send_json(200, stored)

    def fake_delete_event(self, body, **_):
        req = self.fake_json(body)
        cal = self.st.calendar.resolve(req.get("calendar", "primary"))
        with self.st.lock:
            e = self.st.calendar.events.get(cal, {}).get(req.get("id"))
            if e:
                e["status"] = "cancelled"
                e["etag"] = self.st.calendar.next_etag()
        self.send_json(200 if e else 404, e or {})

    def fake_events(self, query, **_):
        cal = self.st.calendar.resolve(query.get("calendar", "primary"))
        with self.st.lock:
            self.send_json(200, list(self.st.calendar.events.get(cal, {}).values()))

    def fake_inserts(self, **_):
        with self.st.lock:
            self.send_json(200, dict(self.st.inserts))

    def fake_scope(self, body, **_):
        """The practitioner changes the permissions in the Google account: every refresh
        token now carries `scope`."""
        scope = self.fake_json(body).get("scope", "")
        with self.st.lock:
            for r in self.st.refresh_tokens.values():
                r["scope"] = scope
        self.send_json(200, {})

    def fake_expire(self, **_):
        with self.st.lock:
            for a in self.st.access_tokens.values():
                a["expires_at"] = 0
        self.send_json(200, {})


# (method, path regex, endpoint name for faults/log, handler).
ROUTES = [
    ("GET", r"/o/oauth2/v2/auth", "auth", Handler.auth),
    ("POST", r"/o/oauth2/v2/auth/consent", "auth", Handler.consent),
    ("POST", r"/token", "token", Handler.token),
    ("POST", r"/revoke", "revoke", Handler.revoke),
    ("GET", r"/calendar/v3/users/me/calendarList", "calendarList", Handler.calendar_list),
    ("POST", r"/calendar/v3/freeBusy", "freeBusy", Handler.free_busy),
    ("POST", r"/calendar/v3/calendars/(?P<calendar>[^/]+)/events", "events.insert",
     Handler.event_insert),
    ("GET", r"/calendar/v3/calendars/(?P<calendar>[^/]+)/events", "events.list",
     Handler.event_list),
    ("GET", r"/calendar/v3/calendars/(?P<calendar>[^/]+)/events/(?P<event>[^/]+)", "events.get",
     Handler.event_get),
    ("PATCH", r"/calendar/v3/calendars/(?P<calendar>[^/]+)/events/(?P<event>[^/]+)",
     "events.patch", Handler.event_patch),
    ("DELETE", r"/calendar/v3/calendars/(?P<calendar>[^/]+)/events/(?P<event>[^/]+)",
     "events.delete", Handler.event_delete),
    ("POST", r"/_fake/grant", None, Handler.fake_grant),
    ("POST", r"/_fake/calendars", None, Handler.fake_calendars),
    ("POST", r"/_fake/events", None, Handler.fake_put_event),
    ("POST", r"/_fake/events/delete", None, Handler.fake_delete_event),
    ("GET", r"/_fake/events", None, Handler.fake_events),
    ("GET", r"/_fake/log", None, Handler.fake_log),
    ("GET", r"/_fake/inserts", None, Handler.fake_inserts),
    ("GET", r"/_fake/tokens", None, Handler.fake_tokens),
    ("POST", r"/_fake/reset", None, Handler.fake_reset),
    ("POST", r"/_fake/config", None, Handler.fake_config),
    ("POST", r"/_fake/fault", None, Handler.fake_fault),
    ("POST", r"/_fake/revoke", None, Handler.fake_revoke),
    ("POST", r"/_fake/expire", None, Handler.fake_expire),
    ("POST", r"/_fake/scope", None, Handler.fake_scope),
]


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--port", type=int, default=0, help="0 = a free port")
    p.add_argument("--client-id", default="empfang-test.apps.googleusercontent.com")
    p.add_argument("--client-secret", default="GOCSPX-fake-secret")
    p.add_argument("--grant-scopes", default=None, help="space separated subset to grant")
    p.add_argument("--access-denied", action="store_true")
    p.add_argument("--consent-page", action="store_true", help="show an HTML consent page")
    p.add_argument("--expires-in", type=int, default=3599)
    p.add_argument("--print-env", action="store_true", help="print EMPFANG_GOOGLE_* lines too")
    p.add_argument("--verbose", action="store_true", help="log requests to stderr")
    p.add_argument("--state-file", default=None,
                   help="keep tokens and calendars in this file across restarts")
    args = p.parse_args()

    # Google accepts many connections at once; the default listen backlog of 5 would drop the
    # SYNs of a burst (the busy times of many accounts) and delay them by a 1 s retransmission.
    ThreadingHTTPServer.request_queue_size = 128
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.state = State(args)
    server.state.load()
    server.client_id, server.client_secret = args.client_id, args.client_secret
    server.verbose = args.verbose
    base = "http://127.0.0.1:%d" % server.server_address[1]
    print(base, flush=True)
    if args.print_env:
        print("EMPFANG_GOOGLE_AUTH_URL=%s/o/oauth2/v2/auth\nEMPFANG_GOOGLE_TOKEN_URL=%s/token\n"
              "EMPFANG_GOOGLE_REVOKE_URL=%s/revoke\nEMPFANG_GOOGLE_API_URL=%s/calendar/v3\n"
              "EMPFANG_GOOGLE_CLIENT_ID=%s\nEMPFANG_GOOGLE_CLIENT_SECRET=%s"
              % (base, base, base, base, args.client_id, args.client_secret), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
