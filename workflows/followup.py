"""The diary's bot: a follow-up item lands in awaiting_review for a person to act on."""

from __future__ import annotations

from tradebots.bot import StepContext, StepResult


class FollowUpBot:
    """prepare states what runs out when and under which rule; a person takes it from there."""

    name = "followup"
    internal = True  # people queue no documents for it (the console's upload leaves it out)
    review = True

    def prepare(self, ctx: StepContext) -> StepResult:
        clock = ctx.payload.get("clock", {})
        summary = (f"{clock.get('kind', 'clock')} ({clock.get('citation', '?')}) for "
                   f"{clock.get('case', '?')} runs out {clock.get('expires', '?')}: follow up")
        return StepResult(payload={"followup": {"summary": summary, **clock}}, summary=summary)

    def finalize(self, ctx: StepContext) -> StepResult:
        return StepResult(summary="follow-up done")
