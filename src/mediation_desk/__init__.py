"""mediation-desk: an encrypted, offline case desk for gig workers' labour disputes."""

__version__ = "0.1.0"
