"""Alembic environment: migrations run on the connection the studio hands over."""

from alembic import context

from studio.library.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Qalam migrations run from studio.library.engine.migrate()")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
