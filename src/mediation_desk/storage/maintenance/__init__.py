"""Backup, restore and verification of a whole case book.

* ``archive``: the backup archive format and reading archives (header, members, checks);
* ``backup``: writing an archive, by hand or on a schedule with rotation;
* ``restore``: checking an archive whole, staging it and moving it into place;
* ``verify``: page HMACs, SQLite integrity, schema, audit chain and the evidence vault;
* ``anchor``: the audit chain head kept outside the book (backups, hand-off packages, checkpoints)
  and the data checked against the trail.
"""

from __future__ import annotations

from mediation_desk.storage.maintenance.archive import (ARCHIVE_FORMAT, ARCHIVE_MAGIC, ARCHIVE_VERSION, BACKUP_SUFFIX,
                                                        BackupHeader, BackupInfo, BackupMember, Progress,
                                                        backup_master_key, check_backup, read_backup_header)
from mediation_desk.storage.maintenance.backup import (backup_book, backup_file_pattern, backup_to_folder,
                                                       list_backups)
from mediation_desk.storage.maintenance.restore import RestoreResult, restore_book
from mediation_desk.storage.maintenance.verify import Finding, VerifyReport, verify_book

__all__ = [
    "ARCHIVE_FORMAT", "ARCHIVE_MAGIC", "ARCHIVE_VERSION", "BACKUP_SUFFIX", "BackupHeader", "BackupInfo",
    "BackupMember", "Finding", "Progress", "RestoreResult", "VerifyReport", "backup_book", "backup_file_pattern",
    "backup_master_key", "backup_to_folder", "check_backup", "list_backups", "read_backup_header", "restore_book",
    "verify_book",
]
