#!/usr/bin/env python3
"""Fails when a file includes a header of a higher layer (docs/ARCHITECTURE.md §1).

Usage: check_layers.py SOURCE_DIR [WIDGETS_INCLUDE_DIR]

The layers, lowest first. A file may include headers of its own layer and of lower ones only.
Each folder has a layer and is part of that layer's static library, which links only the
libraries below it; the linker catches most calls that point up, this test also catches a
header-only include (an inline function, a struct) that the linker never sees.
Nothing below ui/ may include a Qt Widgets header.

The window (ui/, app/) asks services and does not touch tables: it includes no repository
(storage/*_repository.h) and neither of the logs a transaction writes (storage/audit_log.h,
storage/consent_log.h). A rule — what a practitioner, type, working interval or practice
setting must be — then lives once in a service (src/booking/*_setup.h, PracticeDirectory,
docs/ARCHITECTURE.md §1) that the settings tabs and empfang-cli both call, and a tab cannot
write a row past it. The CLI (src/cli/) may read a repository for what no service offers.
This holds for the headers the window includes too, all the way down: a service header that
needs a value type takes it from domain/ (TypeOffer, SeriesPosition, AuditEntry, ConsentEntry,
OutboxSender), not from a repository header, so the window cannot reach a repository by a
detour. Nor does the window open a transaction: what belongs together (the first-run wizard's
practice, practitioner, types and hours) is one service call (FirstRunSetup).
"""
import os
import re
import sys

LAYERS = ["domain", "storage", "services", "google", "sync", "app", "top"]

LAYER_OF_FOLDER = {
    "src": "domain",  # logging, localization, outstanding work: used by everything
    "src/domain": "domain",
    "src/scheduling": "domain",
    "src/storage": "storage",
    "src/booking": "services",
    "src/privacy": "services",
    "src/documents": "services",
    "src/diagnostics": "services",
    "src/google": "google",
    "src/security": "google",
    "src/sync": "sync",
    "src/app": "app",
    "src/cli": "top",
    "ui": "top",
    "ui/schedule": "top",
    "ui/booking": "top",
    "ui/patients": "top",
    "ui/settings": "top",
    "ui/google": "top",
    "ui/first_run": "top",
    "ui/common": "top",
    "ui/printing": "top",
    "app": "top",
}

# Each folder's files form one static library (src/CMakeLists.txt); a header whose layer is lower
# than its folder's would be a file in the wrong folder, so there are no exceptions by file.
LAYER_OF_FILE = {}

# file -> included header: wrong today, to be untangled. Empty, and it should stay so.
KNOWN = set()

# Storage headers the window may not include (see the docstring): rows are read and written
# through the services layer.
WINDOW_FORBIDDEN = re.compile(r"^src/storage/(\w+_repository|audit_log|consent_log)\.h$")

# Nor does the window open a transaction: what must be stored together is one service call.
WINDOW_TRANSACTION = re.compile(r"\b(WriteTransaction|BookkeepingTransaction)\b")

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def layer_of(rel):
    if rel in LAYER_OF_FILE:
        return LAYER_OF_FILE[rel]
    folder = os.path.dirname(rel)
    while folder and folder not in LAYER_OF_FOLDER:
        folder = os.path.dirname(folder)
    return LAYER_OF_FOLDER.get(folder)


def resolve(root, rel, name):
    """The repository path of a quoted include, or None for a Qt/system header."""
    here = os.path.dirname(rel)
    for base in (here, "src", "ui", "ui/printing", "src/cli"):
        candidate = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(os.path.join(root, candidate)):
            return candidate
    return None


def quoted_includes(root, rel, cache):
    """The repository paths of the quoted includes of `rel` (cached)."""
    if rel not in cache:
        text = open(os.path.join(root, rel), encoding="utf-8").read()
        cache[rel] = [t for kind, name in INCLUDE.findall(text) if kind == '"'
                      for t in [resolve(root, rel, name)] if t is not None]
    return cache[rel]


def forbidden_reach(root, rel, cache):
    """A chain `rel -> header -> … -> repository` when a header `rel` includes reaches a header
    of WINDOW_FORBIDDEN through other headers, else None (the direct include is reported
    apart)."""
    seen = set()
    stack = [[t] for t in quoted_includes(root, rel, cache) if not WINDOW_FORBIDDEN.match(t)]
    while stack:
        chain = stack.pop()
        if chain[-1] in seen:
            continue
        seen.add(chain[-1])
        for t in quoted_includes(root, chain[-1], cache):
            if WINDOW_FORBIDDEN.match(t):
                return [rel] + chain + [t]
            stack.append(chain + [t])
    return None


def main():
    root = os.path.abspath(sys.argv[1])
    widgets = set()
    if len(sys.argv) > 2 and os.path.isdir(sys.argv[2]):
        widgets = {n for n in os.listdir(sys.argv[2]) if n.startswith("Q") and "." not in n}
        widgets.add("QtWidgets")
    problems = []
    cache = {}
    for top in ("src", "ui", "app"):
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            for f in sorted(files):
                if not f.endswith((".h", ".cpp")):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, f), root)
                mine = layer_of(rel)
                text = open(os.path.join(root, rel), encoding="utf-8").read()
                if rel.startswith(("ui/", "app/")):
                    if WINDOW_TRANSACTION.search(text):
                        problems.append(f"{rel} opens a transaction (what belongs together is "
                                        "stored by one service call, e.g. FirstRunSetup)")
                    chain = forbidden_reach(root, rel, cache)
                    if chain:
                        problems.append(" -> ".join(chain) + " (the window reaches a repository "
                                        "or a log through a header; take the value type from "
                                        "domain/)")
                for kind, name in INCLUDE.findall(text):
                    if rel.startswith("src/") and (name.split("/")[0] in widgets):
                        problems.append(f"{rel}: includes the Widgets header <{name}> "
                                        "(no Widgets below ui/)")
                        continue
                    if kind != '"':
                        continue
                    target = resolve(root, rel, name)
                    if target is None:
                        continue
                    # cli and ui are siblings on top: the CLI may print (ui/printing), nothing
                    # else of ui/; the window never runs CLI commands.
                    if rel.startswith("src/") and target.startswith("ui/") and not (
                            rel.startswith("src/cli/") and target.startswith("ui/printing/")):
                        problems.append(f"{rel} includes {target} (nothing in src/ uses ui/)")
                        continue
                    if rel.startswith("ui/") and not rel.startswith("ui/printing/") and \
                            target.startswith("src/cli/"):
                        problems.append(f"{rel} includes {target} (ui/ does not use the CLI)")
                        continue
                    if rel.startswith(("ui/", "app/")) and WINDOW_FORBIDDEN.match(target):
                        problems.append(f"{rel} includes {target} (the window asks a service, "
                                        "it does not use repositories or the logs)")
                        continue
                    theirs = layer_of(target)
                    if mine is None or theirs is None:
                        continue
                    if LAYERS.index(theirs) > LAYERS.index(mine) and (rel, target) not in KNOWN:
                        problems.append(f"{rel} ({mine}) includes {target} ({theirs})")
    for p in problems:
        print("wrong direction:", p)
    print(f"{len(problems)} wrong include(s); layers: " + " -> ".join(LAYERS))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
