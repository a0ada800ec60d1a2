"""The example bot: acknowledge any letter the office receives, within one business day."""
