from tests.bot_harness import suite

__all__ = ["suite"]
