"""Use cases. Each public function is one transaction, checks permissions and writes the audit trail."""
