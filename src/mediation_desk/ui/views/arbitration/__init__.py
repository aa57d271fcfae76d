"""The arbitration tab of a case: one module per section, the award editor on its model, and the
panel that composes them (:class:`ArbitrationPanel`)."""
