"""The demo case book: a mediation organisation's or an arbitration commission's book with a few users
of every role and realistic synthetic disputes.

* :mod:`.book` -- ``create_demo`` sets the book up; ``demo_history`` and ``group_dispute`` give the
  cases a plausible course and a group dispute.
* :mod:`.arbitration` -- a commission's demo cases walked to approved awards.
* :mod:`.data` -- ``generate_intakes``: deterministic synthetic disputes (also used by benchmarks and
  tests), drawn from :mod:`.places`, :mod:`.people`, :mod:`.platforms`, :mod:`.industries` and
  :mod:`.claims`; these generator modules import only the standard library and the domain.
"""

from mediation_desk.services.demo.book import DEMO_USERS, create_demo, demo_history, group_dispute
from mediation_desk.services.demo.data import (
    DEMO_COMMISSION,
    DEMO_NUMBER_PREFIX,
    DEMO_ORGANISATION,
    DEMO_ORGANISATION_KIND,
    DEMO_ORGANISATION_NAME,
    PLATFORMS,
    DemoOrganisation,
    PlatformProfile,
    generate_intakes,
)

__all__ = [
    "DEMO_COMMISSION",
    "DEMO_NUMBER_PREFIX",
    "DEMO_ORGANISATION",
    "DEMO_ORGANISATION_KIND",
    "DEMO_ORGANISATION_NAME",
    "DEMO_USERS",
    "PLATFORMS",
    "DemoOrganisation",
    "PlatformProfile",
    "create_demo",
    "demo_history",
    "generate_intakes",
    "group_dispute",
]
