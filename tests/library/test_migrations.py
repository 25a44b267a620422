from alembic.script import ScriptDirectory

from studio.library.engine import MIGRATIONS


def test_migrations_form_one_line():
    # Several features add migrations; two heads would leave a library half-migrated.
    script = ScriptDirectory(str(MIGRATIONS))
    assert len(script.get_heads()) == 1
