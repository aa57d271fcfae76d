"""Arbitration at a labour arbitration commission: the records (``records``) and the rules of
acceptance (``acceptance``), hearings (``hearings``), service (``service_of_documents``), awards
(``awards``, ``notices``) and mediation in arbitration (``arbitral_mediation``)."""
