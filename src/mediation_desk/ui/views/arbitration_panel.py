"""仲裁: the arbitration tab of a case. The tab is :mod:`mediation_desk.ui.views.arbitration`
(one module per section); its panel and the award editor's columns are importable from here."""

from mediation_desk.ui.views.arbitration.award_model import (C_AMOUNT, C_BASIS, C_CALC, C_CATEGORY, C_CLAIM, C_DUE,
                                                             C_FINALITY, C_KIND, C_OUTCOME, C_PAYERS, C_TEXT)
from mediation_desk.ui.views.arbitration.panel import ArbitrationPanel
from mediation_desk.ui.views.arbitration_widgets import EvidencePicker, PayerPicker

__all__ = ["ArbitrationPanel", "EvidencePicker", "PayerPicker", "C_AMOUNT", "C_BASIS", "C_CALC", "C_CATEGORY", "C_CLAIM",
           "C_DUE", "C_FINALITY", "C_KIND", "C_OUTCOME", "C_PAYERS", "C_TEXT"]
