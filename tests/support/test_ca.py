"""Certificates for the tests of the office edition's TLS: a self-signed CA made per test session and
a server certificate it signs (CN and SAN 127.0.0.1 and localhost), with ``cryptography``."""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

SERVER_NAMES = ("127.0.0.1", "localhost")


@dataclass(frozen=True)
class Ca:
    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


VALID_FROM = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
VALID_UNTIL = dt.datetime(2099, 12, 31, tzinfo=dt.timezone.utc)


def _validity(builder: x509.CertificateBuilder) -> x509.CertificateBuilder:
    # OpenSSL checks certificates against the machine's clock, not the tests' frozen day: a fixed span
    # around any day the suite can run on, so nothing here reads the clock
    return builder.not_valid_before(VALID_FROM).not_valid_after(VALID_UNTIL)


def make_ca(name: str = "mediation-desk test CA") -> Ca:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    builder = _validity(x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
                        .public_key(key.public_key()).serial_number(x509.random_serial_number()))
    builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True).add_extension(
        x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                      key_encipherment=False, data_encipherment=False, key_agreement=False, encipher_only=False,
                      decipher_only=False), critical=True)
    return Ca(builder.sign(key, hashes.SHA256()), key)


def server_certificate(ca: Ca, names: tuple[str, ...] = SERVER_NAMES) -> tuple[bytes, bytes]:
    """(certificate PEM, private key PEM) for a server known by ``names`` (IP addresses or DNS names)."""
    key = ec.generate_private_key(ec.SECP256R1())
    alt: list[x509.GeneralName] = []
    for n in names:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(n)))
        except ValueError:
            alt.append(x509.DNSName(n))
    builder = _validity(x509.CertificateBuilder()
                        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
                        .issuer_name(ca.cert.subject).public_key(key.public_key())
                        .serial_number(x509.random_serial_number()))
    builder = builder.add_extension(x509.SubjectAlternativeName(alt), critical=False).add_extension(
        x509.BasicConstraints(ca=False, path_length=None), critical=True).add_extension(
        x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
    cert = builder.sign(ca.key, hashes.SHA256())
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


def write_private(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    path.chmod(0o600)
    return path
