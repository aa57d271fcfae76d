"""``handoff verify FILE [--public-key F]``: check a hand-off package without a case book (a court
clerk's verb) and print what it holds."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mediation_desk.cli.common import _lang
from mediation_desk.domain.errors import HandoffRefused


def cmd_handoff_verify(args: argparse.Namespace) -> int:
    from mediation_desk.handoff.keys_file import load_public_keys
    from mediation_desk.handoff.reader import ZipPackageReader, describe

    trusted = load_public_keys(Path(args.public_key)) if args.public_key else []
    try:
        verified = ZipPackageReader().open_verified(Path(args.file), trusted_keys=trusted)
    except HandoffRefused as exc:
        prefix = "Verification failed: " if _lang() == "en" else "核验未通过："
        print(prefix + exc.text(_lang()), file=sys.stderr)
        return 1
    print(describe(verified, _lang()))
    if not trusted:
        print("Note: no --public-key given; the signature was checked against the key the package names, "
              "so compare its key id with the sender's published key." if _lang() == "en"
              else "注意：未指定 --public-key，签名仅按包内所附公钥核验，请将上面的密钥编号与发送机构公布的公钥核对。")
    return 0


def add_verify_parser(handoff_sub: Any) -> None:
    """``verify`` under the ``handoff`` verb (``handoff_sub``: its sub-parsers)."""
    s = handoff_sub.add_parser("verify", help="核验移交包（无需案件库）/ verify a hand-off package (no book needed)")
    s.add_argument("file", metavar="FILE", help="移交包 / the package (.mdpkg)")
    s.add_argument("--public-key", metavar="F",
                   help="发送机构的公钥文件（JSON 或 PEM），包的签名密钥须在其中 / the sender's public-key file "
                        "(JSON or PEM); the package's key must be in it")
    s.set_defaults(func=cmd_handoff_verify)
