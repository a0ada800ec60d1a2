"""Roles and what each may do; the server checks every route against this table."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Can(StrEnum):
    SEE_QUEUE = "see_queue"
    UPLOAD = "upload"
    REVIEW = "review"
    DASHBOARD = "dashboard"
    MANAGE_USERS = "manage_users"
    SEE_SETTINGS = "see_settings"
    SEE_AUDIT = "see_audit"


PERMISSIONS: dict[Role, frozenset[Can]] = {
    Role.CLERK: frozenset({Can.SEE_QUEUE, Can.UPLOAD}),
    Role.SUPERVISOR: frozenset({Can.SEE_QUEUE, Can.REVIEW, Can.DASHBOARD, Can.SEE_AUDIT}),
    # The admin runs the system, not the cases: the queue read-only, never a review action.
    Role.ADMIN: frozenset({Can.SEE_QUEUE, Can.DASHBOARD, Can.MANAGE_USERS, Can.SEE_SETTINGS,
                           Can.SEE_AUDIT}),
}

HOME: dict[Role, str] = {
    Role.CLERK: "/upload",
    Role.SUPERVISOR: "/queue?state=awaiting_review",
    Role.ADMIN: "/dashboard",
}


def allowed(role: str, action: Can) -> bool:
    """True when ROLE may do ACTION; an unknown role may do nothing."""
    try:
        return action in PERMISSIONS[Role(role)]
    except ValueError:
        return False
