"""revocation (per token and per workstation), sign-in throttling, workstation updated_at, append-only audit log

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("workstations", sa.Column("updated_at", sa.DateTime(timezone=True)))
    op.execute("UPDATE workstations SET updated_at = created_at")
    op.alter_column("workstations", "updated_at", nullable=False)
    op.add_column("workstations", sa.Column("tokens_revoked_before", sa.DateTime(timezone=True)))

    op.create_table(
        "revoked_tokens",
        sa.Column("token_id", sa.String(64), primary_key=True),
        sa.Column("workstation", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_revoked_tokens_expires_at", "revoked_tokens", ["expires_at"])

    op.create_table(
        "login_attempts",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("workstation", sa.String(64), nullable=False),
        sa.Column("client", sa.String(64)),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_login_attempts_workstation", "login_attempts", ["workstation", "id"])
    op.create_index("ix_login_attempts_client", "login_attempts", ["client", "id"])
    op.create_index("ix_login_attempts_at", "login_attempts", ["at"])

    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("staff_name", sa.String(100), nullable=False),
        sa.Column("workstation", sa.String(64)),
        sa.Column("details", JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.execute(
        """
        CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
    )


def downgrade() -> None:
    op.drop_table("audit_log")
    op.execute("DROP FUNCTION audit_log_append_only()")
    op.drop_table("login_attempts")
    op.drop_table("revoked_tokens")
    op.drop_column("workstations", "tokens_revoked_before")
    op.drop_column("workstations", "updated_at")
