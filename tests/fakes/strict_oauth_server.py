#!/usr/bin/python3
"""A standard OAuth 2.0 authorization server for Empfang's tests, built on oauthlib (Debian's
python3-oauthlib), not on our own fake: what an RFC 6749 / RFC 7009 / RFC 7636 conformant
server accepts, Empfang must send.

Strict where Google is lenient:
- the client authenticates with HTTP Basic (RFC 6749 §2.3.1, "client_secret_basic") on every
  token and revocation request; a request without it gets 401 invalid_client, even with the
  secret in the body (client_id/client_secret in the body as well are tolerated only when they
  are the same as in the header);
- PKCE (S256) is required; a code is single use and bound to its redirect URI;
- revocation (RFC 7009) needs client authentication as well; revoking a refresh token kills it
  and every access token issued from it.

Binds 127.0.0.1 on a free port (or --port) and prints its base URL as the first stdout line.
Endpoints: GET /authorize (consents at once and redirects with a code), POST /token,
POST /revoke. Control: GET /_strict/log [{endpoint, status, auth}] ("basic"/"none", never a
value), GET /_strict/tokens {refresh: {token: revoked}, access: {token: revoked}}.
Run with Debian's /usr/bin/python3 (the package installs oauthlib there).
"""

import argparse
import base64
import json
import os
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Loopback only, for tests: oauthlib refuses plain http otherwise.
os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"

from oauthlib.oauth2 import RequestValidator, Server  # noqa: E402


class Client:
    def __init__(self, client_id):
        self.client_id = client_id


class Validator(RequestValidator):
    def __init__(self, client_id, client_secret):
        super().__init__()
        self.client_id, self.client_secret = client_id, client_secret
        self.lock = threading.Lock()
        self.codes = {}    # code -> {client_id, redirect_uri, scopes, challenge, method}
        self.refresh = {}  # token -> {client_id, scopes, revoked}
        self.access = {}   # token -> {client_id, scopes, refresh, revoked, expires_at}

    # ---- clients ------------------------------------------------------------------------------
    def client_authentication_required(self, request, *args, **kwargs):
        return True

    def authenticate_client(self, request, *args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return False
        try:
            decoded = base64.b64decode(header[6:], validate=True).decode("ascii")
        except (ValueError, UnicodeDecodeError):
            return False
        cid, sep, secret = decoded.partition(":")
        if not sep:
            return False
        cid, secret = urllib.parse.unquote_plus(cid), urllib.parse.unquote_plus(secret)
        if cid != self.client_id or secret != self.client_secret:
            return False
        # The same credentials once more in the body are tolerated, different ones are not.
        body_id = request.client_id
        body_secret = getattr(request, "client_secret", None)
        if (body_id and body_id != cid) or (body_secret and body_secret != secret):
            return False
        request.client = Client(cid)
        request.client_id = cid
        return True

    def authenticate_client_id(self, client_id, request, *args, **kwargs):
        return False  # public clients are not allowed here

    def validate_client_id(self, client_id, request, *args, **kwargs):
        return client_id == self.client_id

    # ---- authorization ------------------------------------------------------------------------
    def validate_redirect_uri(self, client_id, redirect_uri, request, *args, **kwargs):
        parts = urllib.parse.urlsplit(redirect_uri)
        return parts.scheme == "http" and parts.hostname == "127.0.0.1"

    def get_default_redirect_uri(self, client_id, request, *args, **kwargs):
        return None

    def validate_response_type(self, client_id, response_type, client, request, *args, **kwargs):
        return response_type == "code"

    def validate_scopes(self, client_id, scopes, client, request, *args, **kwargs):
        return bool(scopes)

    def get_default_scopes(self, client_id, request, *args, **kwargs):
        return []

    def is_pkce_required(self, client_id, request):
        return True

    def save_authorization_code(self, client_id, code, request, *args, **kwargs):
        with self.lock:
            self.codes[code["code"]] = {
                "client_id": client_id, "redirect_uri": request.redirect_uri,
                "scopes": list(request.scopes), "challenge": request.code_challenge,
                "method": request.code_challenge_method or "plain"}

    # ---- token endpoint -----------------------------------------------------------------------
    def validate_grant_type(self, client_id, grant_type, client, request, *args, **kwargs):
        return grant_type in ("authorization_code", "refresh_token")

    def validate_code(self, client_id, code, client, request, *args, **kwargs):
        with self.lock:
            entry = self.codes.get(code)
        if entry is None or entry["client_id"] != client_id:
            return False
        request.scopes = entry["scopes"]
        request.user = "practitioner"
        return True

    def get_code_challenge(self, code, request):
        with self.lock:
            entry = self.codes.get(code)
        return entry["challenge"] if entry else None

    def get_code_challenge_method(self, code, request):
        with self.lock:
            entry = self.codes.get(code)
        return entry["method"] if entry else None

    def confirm_redirect_uri(self, client_id, code, redirect_uri, client, request, *args,
                             **kwargs):
        with self.lock:
            entry = self.codes.get(code)
        return entry is not None and entry["redirect_uri"] == redirect_uri

    def invalidate_authorization_code(self, client_id, code, request, *args, **kwargs):
        with self.lock:
            self.codes.pop(code, None)

    def save_bearer_token(self, token, request, *args, **kwargs):
        with self.lock:
            refresh = token.get("refresh_token") or request.refresh_token
            if "refresh_token" in token and token["refresh_token"] not in self.refresh:
                self.refresh[token["refresh_token"]] = {
                    "client_id": request.client.client_id, "scopes": list(request.scopes),
                    "revoked": False}
            self.access[token["access_token"]] = {
                "client_id": request.client.client_id, "scopes": list(request.scopes),
                "refresh": refresh, "revoked": False,
                "expires_at": time.time() + token.get("expires_in", 3600)}

    def validate_refresh_token(self, refresh_token, client, request, *args, **kwargs):
        with self.lock:
            entry = self.refresh.get(refresh_token)
        if entry is None or entry["revoked"] or entry["client_id"] != client.client_id:
            return False
        request.user = "practitioner"
        return True

    def get_original_scopes(self, refresh_token, request, *args, **kwargs):
        with self.lock:
            return list(self.refresh[refresh_token]["scopes"])

    def rotate_refresh_token(self, request):
        return False  # the client keeps using the refresh token it stored

    # ---- revocation ---------------------------------------------------------------------------
    def revoke_token(self, token, token_type_hint, request, *args, **kwargs):
        with self.lock:
            refresh = None
            if token in self.refresh:
                refresh = token
            elif token in self.access:
                self.access[token]["revoked"] = True
                refresh = self.access[token]["refresh"]
            if refresh in self.refresh:
                self.refresh[refresh]["revoked"] = True
                for a in self.access.values():
                    if a["refresh"] == refresh:
                        a["revoked"] = True


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def respond(self, status, headers, body):
        data = body.encode() if isinstance(body, str) else (body or b"")
        self.send_response(status)
        for k, v in (headers or {}).items():
            if k.lower() != "content-length":
                self.send_header(k, v)
        if not any(k.lower() == "content-type" for k in (headers or {})):
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def record(self, endpoint, status):
        auth = self.headers.get("Authorization", "")
        with self.server.lock:
            self.server.log.append({"endpoint": endpoint, "status": status,
                                    "auth": "basic" if auth.startswith("Basic ") else "none"})

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/authorize":
            uri = "http://127.0.0.1" + self.path
            try:
                scopes, credentials = self.server.oauth.validate_authorization_request(uri)
                headers, body, status = self.server.oauth.create_authorization_response(
                    uri, scopes=scopes, credentials=credentials)
            except Exception as e:  # an invalid request: oauthlib's error, shown to the user
                headers, body, status = {}, json.dumps({"error": type(e).__name__}), 400
            self.record("authorize", status)
            return self.respond(status, headers, body)
        if url.path == "/_strict/log":
            with self.server.lock:
                return self.respond(200, {}, json.dumps(self.server.log))
        if url.path == "/_strict/tokens":
            v = self.server.validator
            with v.lock:
                data = {"refresh": {t: e["revoked"] for t, e in v.refresh.items()},
                        "access": {t: e["revoked"] for t, e in v.access.items()}}
            return self.respond(200, {}, json.dumps(data))
        self.respond(404, {}, "{}")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        uri = "http://127.0.0.1" + self.path
        headers = dict(self.headers.items())
        path = urllib.parse.urlsplit(self.path).path
        if path == "/token":
            h, b, status = self.server.oauth.create_token_response(uri, "POST", body, headers)
            self.record("token", status)
            return self.respond(status, h, b)
        if path == "/revoke":
            h, b, status = self.server.oauth.create_revocation_response(uri, "POST", body,
                                                                         headers)
            self.record("revoke", status)
            return self.respond(status, h, b)
        self.respond(404, {}, "{}")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--client-id", default="empfang-test.apps.googleusercontent.com")
    p.add_argument("--client-secret", default="GOCSPX-fake-secret")
    args = p.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.lock = threading.Lock()
    server.log = []
    server.validator = Validator(args.client_id, args.client_secret)
    server.oauth = Server(server.validator, token_expires_in=3599)
    print("http://127.0.0.1:%d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
