"""The quick reading of revision files agrees with Alembic's own."""

from alembic.script import ScriptDirectory

from mediation_desk.storage import schema


def test_head_and_known_revisions_match_alembic():
    script = ScriptDirectory.from_config(schema.alembic_config())
    assert schema.head_revision() == script.get_current_head()
    assert schema.known_revisions() == {s.revision for s in script.walk_revisions()}
